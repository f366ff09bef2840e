//! Signing in and the person's own account: passkey sign-in, activation with a code, and the
//! settings page (passkeys, notices, sessions).

pub mod activate;
pub mod settings;
pub mod sign_in;

use crate::components::passkey::PasskeyTexts;
use crate::i18n::t;

/// The passkey islands' texts, with this button label and busy text.
pub fn passkey_texts(button: &str, busy: &str) -> PasskeyTexts {
    PasskeyTexts {
        button: t(button),
        busy: t(busy),
        unsupported: t("passkey-unsupported"),
        cancelled: t("passkey-cancelled"),
        exists: t("passkey-exists"),
        name_invalid: t("passkey-name-invalid"),
        too_many: t("error-too-many-text"),
        failed: t("passkey-failed"),
        needs_js: t("passkey-needs-javascript"),
    }
}
