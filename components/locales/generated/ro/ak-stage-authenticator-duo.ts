// Do not modify this file by hand! Re-generate it with npm run i18n:build
// (npx lit-localize build, then node scripts/split-locales.mjs).
// Split by scripts/split-locales.mjs


/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
  "s109415405be9ff7a": `Sau deschideți acest link de activare pe telefon:`,
  "s4813d6c35eefb68c": `Acest cod de activare nu mai este valid. Reîncepeți pentru a primi unul nou.`,
  "s4decfcf41abd7f1c": `Scanați acest cod cu aplicația Duo Mobile pentru a vă activa telefonul.`,
  "s6f110f7fed7a2f77": `Verificați acum`,
  "s924e96f7db9ea701": `Se așteaptă activarea…`,
  "s991eb34760cbd249": `Activarea nu a putut fi verificată. Vă rugăm să încercați din nou.`,
  "sc2ec367e3108fe65": `Cod QR pentru activarea Duo`,
  "sec5f2bec990561f0": `Configurați Duo`,
  "sf60322177202a81e": `Telefonul dvs. nu este încă activat. Scanați codul, apoi verificați din nou.`,
};
