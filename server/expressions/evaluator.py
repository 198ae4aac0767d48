# The evaluators (authentik's BaseEvaluator, PolicyEvaluator, PropertyMappingEvaluator) and the
# entry point `_ak_run(payload_json)`. Runs after prelude.py, in the same globals. One payload
# carries everything an expression may read: the users (for ak_user_by), the expression
# policies by name (for ak_call_policy), the request and the plan context, as JSON.


class _Logger:
    """ak_logger (structlog): lines go back to the server, which prints them."""

    def __init__(self, name, sink):
        self._name = name
        self._sink = sink

    def bind(self, **_kw):
        return self

    def _log(self, level, event, **kw):
        self._sink.append({"level": level, "logger": self._name, "event": str(event), "kw": kw})

    def debug(self, event, **kw):
        self._log("debug", event, **kw)

    def info(self, event, **kw):
        self._log("info", event, **kw)

    def warning(self, event, **kw):
        self._log("warning", event, **kw)

    warn = warning

    def error(self, event, **kw):
        self._log("error", event, **kw)

    def exception(self, event, **kw):
        self._log("error", event, **kw)


def _hook(obj):
    kind = obj.get("__ak_model__")
    if kind == "user":
        return User(obj)
    if kind is not None:
        return Model(obj)
    return obj


def _encode(obj):
    if isinstance(obj, User):
        return {"__ak_model__": "user", "pk": getattr(obj, "pk", None),
                "username": getattr(obj, "username", ""), "email": getattr(obj, "email", ""),
                "name": getattr(obj, "name", "")}
    if isinstance(obj, (Model, FlowPlan, PolicyRequest, HttpRequest)):
        return str(obj)
    if isinstance(obj, (set, tuple)):
        return list(obj)
    return str(obj)


def _dump(value):
    return json.dumps(value, default=_encode, sort_keys=True)


def _host_call(request):
    """Asks the server (the worker's main thread) and waits for its answer (worker.mjs)."""
    import js  # noqa: PLC0415 - the worker's globalThis, there only at run time

    answer = json.loads(str(js._ak_host_call(_dump(request))))
    if answer.get("interrupted"):
        raise KeyboardInterrupt
    if "error" in answer:
        raise NotAvailable(answer["error"])
    return answer


class Snapshot:
    def __init__(self, data):
        self.users = [u if isinstance(u, User) else User(u) for u in data.get("users", [])]
        self.policies = data.get("policies", {})


_COMPILED = {}


class BaseEvaluator:
    def __init__(self, snapshot, filename, logs):
        self._snapshot = snapshot
        self._filename = filename
        self._logs = logs
        self._globals = {
            "ak_call_policy": self.expr_func_call_policy,
            "ak_create_event": _Unavailable("ak_create_event (events)"),
            "ak_create_jwt": _Unavailable("ak_create_jwt"),
            "ak_create_jwt_raw": _Unavailable("ak_create_jwt_raw"),
            "ak_is_group_member": BaseEvaluator.expr_is_group_member,
            "ak_logger": _Logger(filename, logs),
            "ak_send_email": _Unavailable("ak_send_email"),
            "ak_user_by": self.expr_user_by,
            "ak_user_has_authenticator": BaseEvaluator.expr_func_user_has_authenticator,
            "ip_address": ip_address,
            "ip_network": ip_network,
            "list_flatten": BaseEvaluator.expr_flatten,
            "regex_match": BaseEvaluator.expr_regex_match,
            "regex_replace": BaseEvaluator.expr_regex_replace,
            "requests": _Unavailable("requests (HTTP from expressions)"),
            "resolve_dns": _Unavailable("resolve_dns"),
            "reverse_dns": _Unavailable("reverse_dns"),
            "slugify": slugify,
        }
        self._context = {}

    @staticmethod
    def expr_flatten(value):
        if isinstance(value, list):
            if len(value) < 1:
                return None
            return value[0]
        return value

    @staticmethod
    def expr_regex_match(value, regex):
        return re.search(regex, value) is not None

    @staticmethod
    def expr_regex_replace(value, regex, repl):
        return re.sub(regex, repl, value)

    @staticmethod
    def expr_is_group_member(user, **group_filters):
        return user.all_groups().filter(**group_filters).exists()

    def expr_user_by(self, **filters):
        try:
            users = QuerySet(self._snapshot.users, USER_FIELDS).filter(**filters)
            return users.first() if users else None
        except FieldError:
            return None

    @staticmethod
    def expr_func_user_has_authenticator(user, device_type=None):
        devices = getattr(user, "_devices", [])
        if device_type:
            return any(d.get("type") == device_type for d in devices)
        return len(devices) > 0

    def expr_func_call_policy(self, name, **kwargs):
        policy = self._snapshot.policies.get(name)
        if policy is None:
            raise ValueError(f"Policy '{name}' not found.")
        user = self._context.get("user")
        req = deepcopy(self._context["request"]) if "request" in self._context else PolicyRequest(user)
        req.context.update(kwargs)
        if policy.get("expression") is None:
            # Password, reputation, ...: run by the server (Node), asked synchronously.
            http = req.http_request
            answer = _host_call({
                "op": "call_policy",
                "name": name,
                "user": req.user,
                "client_ip": http.META.get("REMOTE_ADDR") if http is not None else None,
                "context": req.context,
            })
            return PolicyResult(bool(answer.get("passing")), *answer.get("messages", []))
        evaluator = PolicyEvaluator(self._snapshot, name, self._logs)
        evaluator.set_policy_request(req)
        try:
            return evaluator.evaluate(policy["expression"])
        except PolicyException as exc:
            return PolicyResult(False, str(exc))

    def wrap_expression(self, expression):
        handler_signature = ",".join([x for x in [sanitize_arg(x) for x in self._context] if x])
        full = f"def handler({handler_signature}):\n"
        full += indent(expression, "    ")
        full += f"\nresult = handler({handler_signature})"
        return full

    def compile(self, expression):
        source = self.wrap_expression(expression)
        key = (self._filename, source)
        if key not in _COMPILED:
            _COMPILED[key] = compile(source, self._filename, "exec")
        return _COMPILED[key]

    def handle_error(self, exc, expression_source):
        pass

    def evaluate(self, expression_source):
        try:
            code = self.compile(expression_source)
        except (SyntaxError, ValueError) as exc:
            self.handle_error(exc, expression_source)
            raise exc
        try:
            _locals = {sanitize_arg(x): y for x, y in self._context.items()}
            exec(code, self._globals, _locals)  # noqa: S102 - what authentik does
            return _locals["result"]
        except Exception as exc:
            self.handle_error(exc, expression_source)
            raise exc


def _describe(exc):
    if isinstance(exc, SyntaxError):
        line = (exc.lineno or 1) - 1  # the wrapper's `def handler` line
        return f"SyntaxError: {exc.msg} (line {line})"
    return f"{type(exc).__name__}: {exc}"


class PolicyEvaluator(BaseEvaluator):
    def __init__(self, snapshot, policy_name, logs):
        super().__init__(snapshot, policy_name or "PolicyEvaluator", logs)
        self._messages = []
        self._context["ak_message"] = self._messages.append
        self._context["ak_user_has_authenticator"] = self.expr_func_user_has_authenticator

    def set_policy_request(self, request):
        self._context["ak_is_sso_flow"] = request.context.get("is_sso", False)
        if request.http_request:
            self._context["ak_client_ip"] = ip_address(request.http_request.META["REMOTE_ADDR"])
            self._context["http_request"] = request.http_request
        self._context["request"] = request
        self._context["context"] = request.context

    def handle_error(self, exc, expression_source):
        raise PolicyException(_describe(exc)) from exc

    def evaluate(self, expression_source):
        result = super().evaluate(expression_source)
        policy_result = PolicyResult(False, *self._messages)
        policy_result.raw_result = result
        if result:
            policy_result.passing = bool(result)
        return policy_result


class PropertyMappingEvaluator(BaseEvaluator):
    def __init__(self, snapshot, name, logs, user, http_request, obj, **kwargs):
        super().__init__(snapshot, name, logs)
        req = PolicyRequest(user)
        req.obj = obj
        self._context["user"] = user
        if http_request:
            req.http_request = http_request
            self._context["http_request"] = http_request
        req.context.update(**kwargs)
        self._context["request"] = req
        self._context.update(**kwargs)

    def handle_error(self, exc, expression_source):
        raise PolicyException(_describe(exc)) from exc


def _ak_run(payload_json):
    p = json.loads(payload_json, object_hook=_hook)
    logs = []
    plan_context = p.get("plan_context")
    before = {k: _dump(v) for k, v in (plan_context or {}).items()}
    out = {"logs": logs}
    try:
        snapshot = Snapshot(p.get("snapshot", {}))
        user = p.get("user") or User({"pk": None, "username": "AnonymousUser", "anonymous": True})
        http_request = HttpRequest(p.get("http", {}), user) if p.get("http") is not None else None
        if p["kind"] == "policy":
            request = PolicyRequest(user)
            request.http_request = http_request
            request.obj = p.get("obj")
            if plan_context is not None and p.get("with_plan", True):
                request.context["flow_plan"] = FlowPlan(p.get("flow_pk"), plan_context, [])
            request.context.update(plan_context or {})
            request.context.update(p.get("extra_context", {}))
            evaluator = PolicyEvaluator(snapshot, p["name"], logs)
            evaluator.set_policy_request(request)
            result = evaluator.evaluate(p["expression"])
            out.update(passing=bool(result.passing), messages=[str(m) for m in result.messages])
            if "prompt_data" in request.context:
                out["prompt_data"] = json.loads(_dump(request.context["prompt_data"]))
        elif p["kind"] == "property":
            evaluator = PropertyMappingEvaluator(
                snapshot, p["name"], logs, user, http_request, p.get("obj"),
                prompt_context=p.get("prompt_context", {}), dry_run=False,
            )
            value = evaluator.evaluate(p["expression"])
            out["value"] = json.loads(_dump(value))
            out["text"] = str(value)
            if isinstance(value, (list, tuple, set)):
                out["items"] = [i if isinstance(i, dict) else str(i) for i in value]
        elif p["kind"] == "compile":
            BaseEvaluator(snapshot, p["name"], logs).compile(p["expression"])
            out["ok"] = True
    except PolicyException as exc:
        out["error"] = str(exc)
    except Exception as exc:  # noqa: BLE001 - reported to the server, never swallowed
        out["error"] = _describe(exc)
    if plan_context is not None:
        changed = {k: v for k, v in plan_context.items() if before.get(k) != _dump(v)}
        if changed:
            out["plan_changes"] = json.loads(_dump(changed))
    return json.dumps(out, default=_encode)
