# authentik's expression environment, in Python, over JSON snapshots of the reference server's
# state. Follows authentik/lib/expression/evaluator.py (BaseEvaluator: globals, wrap_expression,
# exec), authentik/policies/expression/evaluator.py (PolicyEvaluator: ak_message, request,
# context, ak_client_ip) and authentik/core/expression/evaluator.py (PropertyMappingEvaluator,
# used for prompt initial values and placeholders). Loaded once into Pyodide by worker.mjs, which
# calls `_ak_run(payload_json)` and gets a JSON string back.
import json
import re
import sys
import unicodedata
from copy import deepcopy
from ipaddress import ip_address, ip_network
from textwrap import indent

SERVER = "the reference flow server"


class NotAvailable(RuntimeError):
    """Something authentik offers that cannot exist on the reference flow server."""


class _Unavailable:
    """`requests`, DNS, JWT, events, e-mail: any use raises NotAvailable naming the helper."""

    def __init__(self, what):
        self._what = what

    def _fail(self):
        raise NotAvailable(f"{self._what} is not available on {SERVER}")

    def __getattr__(self, _name):
        self._fail()

    def __call__(self, *_args, **_kwargs):
        self._fail()


class _NoAuthentikModules:
    """`import authentik...` / `django...`: the ORM does not exist here; say so, clearly."""

    def find_spec(self, name, _path=None, _target=None):
        root = name.split(".")[0]
        if root in ("authentik", "django", "guardian", "rest_framework"):
            raise ImportError(
                f"{name} cannot be imported on {SERVER}: authentik's models are not available "
                "(use request.user, ak_user_by, ak_is_group_member, ak_user_has_authenticator)"
            )
        return None


sys.meta_path.insert(0, _NoAuthentikModules())


class _Config:
    """authentik.lib.config.CONFIG without a configuration: every lookup answers its default."""

    def get(self, _key, default=None):
        return default

    def get_bool(self, _key, default=False):
        return default

    def get_int(self, _key, default=0):
        return default

    def get_dict_from_b64_json(self, _key, default=None):
        return default or {}


def _unavailable_name(module):
    def missing(attr):
        if attr.startswith("__"):
            raise AttributeError(attr)
        _NoAuthentikModules().find_spec(f"{module}.{attr}")

    return missing


def _shim_modules():
    """The few authentik names stock blueprints import that are plain values, not the ORM:
    `from authentik.lib.config import CONFIG`, `from authentik.core.models import
    USER_ATTRIBUTE_*` (blueprints/default/flow-default-user-settings-flow.yaml). Anything else
    under authentik still fails with the message above."""
    from types import ModuleType

    values = {
        "authentik.lib.config": {"CONFIG": _Config()},
        "authentik.core.models": {
            "USER_ATTRIBUTE_DEBUG": "goauthentik.io/user/debug",
            "USER_ATTRIBUTE_SA": "goauthentik.io/user/service-account",
            "USER_ATTRIBUTE_GENERATED": "goauthentik.io/user/generated",
            "USER_ATTRIBUTE_EXPIRES": "goauthentik.io/user/expires",
            "USER_ATTRIBUTE_DELETE_ON_LOGOUT": "goauthentik.io/user/delete-on-logout",
            "USER_ATTRIBUTE_SOURCES": "goauthentik.io/user/sources",
            "USER_ATTRIBUTE_TOKEN_EXPIRING": "goauthentik.io/user/token-expires",
            "USER_ATTRIBUTE_CHANGE_USERNAME": "goauthentik.io/user/can-change-username",
            "USER_ATTRIBUTE_CHANGE_NAME": "goauthentik.io/user/can-change-name",
            "USER_ATTRIBUTE_CHANGE_EMAIL": "goauthentik.io/user/can-change-email",
        },
    }
    for name, attrs in values.items():
        parts = name.split(".")
        for i in range(1, len(parts) + 1):
            sys.modules.setdefault(".".join(parts[:i]), ModuleType(".".join(parts[:i])))
            if i < len(parts):
                # A package: its other submodules go to the finder above, and fail clearly.
                sys.modules[".".join(parts[:i])].__path__ = []
        module = sys.modules[name]
        module.__dict__.update(attrs)
        module.__getattr__ = _unavailable_name(name)
        parent = sys.modules[".".join(parts[:-1])]
        setattr(parent, parts[-1], module)
    sys.modules["authentik.lib"].config = sys.modules["authentik.lib.config"]
    sys.modules["authentik"].lib = sys.modules["authentik.lib"]
    sys.modules["authentik"].core = sys.modules["authentik.core"]


_shim_modules()


class _GroupAttributes(dict):
    """User.group_attributes: authentik's method `group_attributes(request=None)`; also readable
    as the dict itself, as older expressions (and this project's fixtures) use it."""

    def __call__(self, _request=None):
        return self


def slugify(value, allow_unicode=False):
    """django.utils.text.slugify"""
    value = str(value)
    if allow_unicode:
        value = unicodedata.normalize("NFKC", value)
    else:
        value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^\w\s-]", "", value.lower())
    return re.sub(r"[-\s]+", "-", value).strip("-_")


def sanitize_arg(arg_name):
    return re.sub(r"[:.-]", "_", slugify(arg_name))


class FieldError(Exception):
    """django.core.exceptions.FieldError: a filter names a field the model does not have."""


def _lookup(obj, path):
    for part in path:
        if isinstance(obj, dict):
            if part not in obj:
                return None
            obj = obj[part]
        elif hasattr(obj, part):
            obj = getattr(obj, part)
        else:
            raise FieldError(f"Cannot resolve keyword '{part}' into field.")
    return obj


_OPS = {
    "exact": lambda a, b: a == b,
    "iexact": lambda a, b: str(a).lower() == str(b).lower() if a is not None else b is None,
    "in": lambda a, b: a in b,
    "contains": lambda a, b: a is not None and b in a,
    "icontains": lambda a, b: a is not None and str(b).lower() in str(a).lower(),
    "startswith": lambda a, b: a is not None and str(a).startswith(b),
    "istartswith": lambda a, b: a is not None and str(a).lower().startswith(str(b).lower()),
    "endswith": lambda a, b: a is not None and str(a).endswith(b),
    "iendswith": lambda a, b: a is not None and str(a).lower().endswith(str(b).lower()),
    "isnull": lambda a, b: (a is None) == b,
}


class QuerySet:
    """The part of Django's QuerySet expressions use on users and groups: filter/exists/first."""

    def __init__(self, items, fields):
        self._items = list(items)
        self._fields = fields

    def filter(self, **filters):
        items = self._items
        for key, expected in filters.items():
            parts = key.split("__")
            op = parts.pop() if len(parts) > 1 and parts[-1] in _OPS else "exact"
            if parts[0] not in self._fields:
                raise FieldError(f"Cannot resolve keyword '{parts[0]}' into field.")
            items = [i for i in items if _OPS[op](_lookup(i, parts), expected)]
        return QuerySet(items, self._fields)

    def exclude(self, **filters):
        keep = self.filter(**filters)._items
        return QuerySet([i for i in self._items if i not in keep], self._fields)

    def all(self):
        return self

    def exists(self):
        return len(self._items) > 0

    def first(self):
        return self._items[0] if self._items else None

    def count(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __getitem__(self, index):
        return self._items[index]


class Model:
    """A snapshot of a model instance: its fields as attributes (application, stage, flow...)."""

    def __init__(self, data):
        for key, value in data.items():
            if key != "__ak_model__":
                setattr(self, key, value)

    def __str__(self):
        return str(getattr(self, "name", None) or getattr(self, "slug", None) or self.__dict__)

    def __repr__(self):
        return f"<{type(self).__name__} {self}>"


class Group(Model):
    FIELDS = ("name", "pk", "group_uuid", "is_superuser", "attributes", "parent")


USER_FIELDS = (
    "pk", "id", "uuid", "username", "name", "email", "is_active", "is_superuser", "attributes",
    "date_joined", "last_login", "type", "path", "ak_groups", "groups",
)


class User(Model):
    """authentik.core.models.User, as far as a snapshot goes; `backend` only once authenticated."""

    def __init__(self, data):
        data = dict(data)
        self._groups = [Group(g) for g in data.pop("groups", []) or []]
        self._devices = data.pop("devices", []) or []
        self._anonymous = data.pop("anonymous", False)
        backend = data.pop("backend", None)
        data.setdefault("attributes", {})
        data.setdefault("type", "internal")
        data.setdefault("path", "users")
        super().__init__(data)
        self.id = self.pk
        if backend:
            self.backend = backend

    @property
    def is_authenticated(self):
        return not self._anonymous

    @property
    def is_anonymous(self):
        return self._anonymous

    @property
    def ak_groups(self):
        return QuerySet(self._groups, Group.FIELDS)

    groups = ak_groups

    def all_groups(self):
        return QuerySet(self._groups, Group.FIELDS)

    @property
    def group_attributes(self):
        merged = _GroupAttributes()
        for group in self._groups:
            merged.update(getattr(group, "attributes", {}) or {})
        merged.update(self.attributes or {})
        return merged

    def __str__(self):
        return str(self.username)

    def __eq__(self, other):
        return isinstance(other, User) and other.pk == self.pk and other.username == self.username

    def __hash__(self):
        return hash((self.pk, self.username))


class QueryDict(dict):
    def getlist(self, key, default=None):
        value = self.get(key)
        return default or [] if value is None else (value if isinstance(value, list) else [value])


class HttpRequest:
    """The parts of Django's HttpRequest expressions read: META, headers, GET, path, user."""

    def __init__(self, data, user):
        self.method = data.get("method", "GET")
        self.path = data.get("path", "/")
        self.GET = QueryDict(data.get("query", {}))
        self.POST = QueryDict()
        self.headers = {k.title(): v for k, v in data.get("headers", {}).items()}
        self.META = {
            "REMOTE_ADDR": data.get("client_ip", "127.0.0.1"),
            "HTTP_HOST": data.get("host", ""),
            **{"HTTP_" + k.upper().replace("-", "_"): v for k, v in data.get("headers", {}).items()},
        }
        self.session = {}
        self.user = user
        self._origin = data.get("origin", "")

    def get_host(self):
        return self.META["HTTP_HOST"]

    def is_secure(self):
        return self._origin.startswith("https:")

    def build_absolute_uri(self, location=None):
        return self._origin + (location if location is not None else self.path)


class FlowPlan:
    """authentik.flows.planner.FlowPlan: `context` is the plan's context, shared, as in authentik."""

    def __init__(self, flow_pk, context, bindings):
        self.flow_pk = flow_pk
        self.context = context
        self.bindings = bindings
        self.markers = []

    def __repr__(self):
        return f"<FlowPlan flow_pk={self.flow_pk}>"


class PolicyRequest:
    def __init__(self, user):
        self.user = user
        self.http_request = None
        self.obj = None
        self.context = {}
        self.debug = False

    def __str__(self):
        return f"<PolicyRequest user={self.user}>"


class PolicyResult:
    def __init__(self, passing, *messages):
        self.passing = passing
        self.messages = messages
        self.raw_result = None

    def __bool__(self):
        return bool(self.passing)

    def __repr__(self):
        return f"<PolicyResult passing={self.passing} messages={self.messages}>"


class PolicyException(Exception):
    """authentik.policies.exceptions.PolicyException: the binding's failure_result decides."""
