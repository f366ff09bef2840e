## Error messages. Calm, no technical words, always a way forward.

error-not-found-title = This page does not exist
error-not-found-text = We cannot find this page. Maybe the address is wrong, or you are not allowed to see this page.
error-not-signed-in-title = Please sign in first
error-not-signed-in-text = You need to be signed in to see this page.
error-invalid-title = That did not work
error-internal-title = Something went wrong
error-internal-text = Something went wrong on our side. Your details are not lost. Please try again in a few minutes.
error-unknown-language = We do not know this language. Choose Dutch or English.
error-invalid-text = We could not use what you sent. Nothing was changed. Go back and try again.
error-too-many-title = Please wait
error-too-many-text = There have been too many attempts from here. Wait a quarter of an hour and then try again.
error-code-refused = This code does not work. Maybe there is a typing mistake, the code was already used or it has expired. Check the code, or ask your steady contact person for a new one.
error-sign-in-failed = Signing in with this passkey did not work. Please try again. Still not working? Call your steady contact person.
error-passkey-failed = Your passkey could not be made. Nothing has changed. Please try again.
error-passkey-duplicate = This passkey is already in use. Make a new passkey.
error-passkey-expired = This took too long. Please start again.
error-last-passkey = This is your last passkey. You cannot revoke it.
error-text-empty = You did not fill anything in.
error-text-too-long = This text is too long.
error-text-control = This text contains characters we cannot use.
error-forbidden-title = This request was refused
error-forbidden-text = This form did not come from Helder itself, so we did not carry it out. Nothing has changed. Open Helder and try again there.
