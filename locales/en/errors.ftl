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
