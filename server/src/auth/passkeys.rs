//! The WebAuthn relying party (webauthn-rs, its passkey flow): user verification required,
//! no attestation. Ceremony state goes to the caller as JSON to keep in the server-side
//! session; the browser sees only options and answers.

use webauthn_rs::prelude::{
    CreationChallengeResponse, CredentialID, DiscoverableAuthentication, Passkey,
    PasskeyRegistration, PublicKeyCredential, RegisterPublicKeyCredential, Url, Uuid, Webauthn,
    WebauthnBuilder,
};
use webauthn_rs_proto::{AuthenticatorSelectionCriteria, ResidentKeyRequirement};

/// Why a ceremony failed. None of these reach a person in detail.
#[derive(Debug, thiserror::Error)]
pub enum CeremonyError {
    #[error("malformed browser answer: {0}")]
    Malformed(String),
    #[error("verification failed: {0}")]
    Rejected(String),
}

#[derive(Clone)]
pub struct RelyingParty {
    webauthn: std::sync::Arc<Webauthn>,
}

impl RelyingParty {
    /// `origin` is the public address (`https://helder.example`); passkeys are bound to its
    /// host name.
    pub fn new(origin: &str) -> Result<RelyingParty, String> {
        let url = Url::parse(origin).map_err(|e| format!("public address: {e}"))?;
        let host = url
            .host_str()
            .ok_or("the public address has no host name")?
            .to_string();
        let webauthn = WebauthnBuilder::new(&host, &url)
            .and_then(|b| b.rp_name("Helder").build())
            .map_err(|e| format!("passkeys cannot use {host}: {e}"))?;
        Ok(RelyingParty {
            webauthn: std::sync::Arc::new(webauthn),
        })
    }

    /// Options for `navigator.credentials.create`, asking for a discoverable credential (a
    /// passkey the device can offer without a user name: Helder has no user names), and the
    /// state to keep.
    pub fn start_registration(
        &self,
        user_handle: &str,
        display_name: &str,
        existing: Vec<CredentialID>,
    ) -> Result<(String, String), CeremonyError> {
        let handle =
            Uuid::parse_str(user_handle).map_err(|e| CeremonyError::Malformed(e.to_string()))?;
        let exclude = (!existing.is_empty()).then_some(existing);
        let (mut options, state): (CreationChallengeResponse, PasskeyRegistration) = self
            .webauthn
            .start_passkey_registration(handle, display_name, display_name, exclude)
            .map_err(|e| CeremonyError::Rejected(e.to_string()))?;
        let selection = options
            .public_key
            .authenticator_selection
            .get_or_insert_with(AuthenticatorSelectionCriteria::default);
        selection.resident_key = Some(ResidentKeyRequirement::Required);
        selection.require_resident_key = true;
        Ok((to_json(&options)?, to_json(&state)?))
    }

    /// Check the browser's answer against the kept state; the new passkey on success.
    pub fn finish_registration(&self, state: &str, answer: &str) -> Result<Passkey, CeremonyError> {
        let state: PasskeyRegistration = from_json(state)?;
        let answer: RegisterPublicKeyCredential = from_json(answer)?;
        self.webauthn
            .finish_passkey_registration(&answer, &state)
            .map_err(|e| CeremonyError::Rejected(e.to_string()))
    }

    /// Options for `navigator.credentials.get` without a list of credentials: the device
    /// offers the passkeys it has for this site.
    pub fn start_sign_in(&self) -> Result<(String, String), CeremonyError> {
        let (mut options, state) = self
            .webauthn
            .start_discoverable_authentication()
            .map_err(|e| CeremonyError::Rejected(e.to_string()))?;
        // A button press, not autofill: a modal request.
        options.mediation = None;
        Ok((to_json(&options)?, to_json(&state)?))
    }

    /// The user handle and credential id the answer claims, before looking the passkey up.
    pub fn identify(
        &self,
        answer: &str,
    ) -> Result<(PublicKeyCredential, String, String), CeremonyError> {
        let answer: PublicKeyCredential = from_json(answer)?;
        let (handle, credential_id) = self
            .webauthn
            .identify_discoverable_authentication(&answer)
            .map_err(|e| CeremonyError::Rejected(e.to_string()))?;
        let credential_id = credential_id_text(credential_id);
        Ok((answer.clone(), handle.to_string(), credential_id))
    }

    /// Verify the signature with the stored passkey; returns the passkey with its counter
    /// updated (to store), or an error for a failed or cloned authenticator.
    pub fn finish_sign_in(
        &self,
        state: &str,
        answer: &PublicKeyCredential,
        mut passkey: Passkey,
    ) -> Result<Passkey, CeremonyError> {
        let state: DiscoverableAuthentication = from_json(state)?;
        let result = self
            .webauthn
            .finish_discoverable_authentication_v2(answer, state, &passkey)
            .map_err(|e| CeremonyError::Rejected(e.to_string()))?;
        if !result.user_verified() {
            return Err(CeremonyError::Rejected("user not verified".into()));
        }
        passkey.update_credential(&result);
        Ok(passkey)
    }
}

/// A credential id as text: unpadded base64url, as browsers show it.
pub fn credential_id_text(id: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(id)
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, CeremonyError> {
    serde_json::to_string(value).map_err(|e| CeremonyError::Malformed(e.to_string()))
}

fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, CeremonyError> {
    serde_json::from_str(text).map_err(|e| CeremonyError::Malformed(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registration_options_ask_for_a_verified_discoverable_passkey() {
        let rp = RelyingParty::new("http://localhost:3000").unwrap();
        let (options, state) = rp
            .start_registration(&Uuid::new_v4().to_string(), "Sanne", vec![])
            .unwrap();
        let v: serde_json::Value = serde_json::from_str(&options).unwrap();
        let selection = &v["publicKey"]["authenticatorSelection"];
        assert_eq!(selection["residentKey"], "required");
        assert_eq!(selection["userVerification"], "required");
        assert_eq!(v["publicKey"]["rp"]["id"], "localhost");
        assert!(!state.is_empty());
    }

    #[test]
    fn an_ip_address_cannot_carry_passkeys() {
        assert!(RelyingParty::new("http://127.0.0.1:3000").is_err());
    }

    #[test]
    fn garbage_answers_are_refused_not_panicked_on() {
        let rp = RelyingParty::new("https://helder.example").unwrap();
        let (_, state) = rp
            .start_registration(&Uuid::new_v4().to_string(), "Sanne", vec![])
            .unwrap();
        for answer in ["", "{}", "null", "[1,2]", "{\"id\":\"x\"}"] {
            assert!(rp.finish_registration(&state, answer).is_err());
            assert!(rp.identify(answer).is_err());
        }
        assert!(rp.finish_registration("not state", "{}").is_err());
    }
}
