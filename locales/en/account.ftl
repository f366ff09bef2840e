## Signing in, activation and settings.

sign-in-link = Sign in
settings-link = Settings
sign-in-title = Sign in
sign-in-lead = You sign in with your passkey. That is a safe key on your phone or computer. You unlock it the way you unlock your phone: with your finger, your face or your PIN.
sign-in-button = Sign in with your passkey
sign-in-busy = Please wait…
sign-in-first-time-heading = The first time
sign-in-first-time-text = Did you get a letter with an activation code? Then first use it to make your passkey.
sign-in-code-link = I have an activation code
sign-in-lost-heading = Lost your phone, or a new one?
sign-in-lost-text = Call your steady contact person. They check who you are and give you a new code. Your old passkeys then stop working.

activate-title = Activate with your code
activate-lead = Type the code from the letter of your steady contact person. Then you make your passkey.
activate-code-label = Activation code
activate-code-hint = 16 characters, for example K7QM-3XRT-9PDW-H2FN. Dashes and capitals do not matter.
activate-submit = Check code
activate-no-code = No code, or does your code not work? Ask your steady contact person for a new code.
activate-passkey-title = Make your passkey
activate-passkey-lead = Hello { $name }. Your code is correct.
activate-passkey-what = Now make your passkey on this device. Your phone or computer asks for your finger, your face or your PIN. Then you are signed in. Your code then stops working.
activate-passkey-button = Make passkey
activate-passkey-no-code = First type the code from your letter.

passkey-busy = Please wait…
passkey-name-label = Name of this device (you may leave this empty)
passkey-name-hint = So you recognise it later, for example: my phone. At most 60 characters.
passkey-needs-javascript = The button works once the page has fully loaded. For that, JavaScript must be switched on in your browser.
passkey-unsupported = This browser cannot use passkeys. Try a newer browser, or another device.
passkey-cancelled = It stopped. Nothing has changed. Try again if you like.
passkey-exists = This device already has a passkey for you. You can use it to sign in.
passkey-name-invalid = We cannot use this name. Use at most 60 ordinary characters.
passkey-failed = That did not work. Nothing has changed. Please try again.

settings-title = Settings
settings-passkeys-heading = Your passkeys
settings-passkeys-lead = You can sign in with these passkeys.
settings-passkey-unnamed = Passkey without a name
settings-passkey-added = Added on { $date }
settings-passkey-used = last used on { $date }
settings-passkey-never-used = not used to sign in yet
settings-passkey-revoke = Revoke
settings-passkey-revoke-label = Revoke passkey { $device }
settings-passkey-last = This is your only passkey. You cannot revoke it, or you could not sign in any more.
settings-add-heading = Add another device
settings-add-text = Do this on the new device, once you are signed in there. Or make a passkey here that you share with your phone.
settings-add-button = Add passkey
settings-notice-label = Notice about your account
settings-notice-passkey-added = A passkey was added on { $date } at { $time }: { $device ->
        [none] without a name
       *[other] { $device }
    }.
settings-notice-passkeys-reset = On { $date } at { $time } your steady contact person made a new activation code. Your old passkeys no longer work.
settings-notice-not-you = Was this not you? Then call your steady contact person straight away.
settings-notice-seen = Seen
settings-sessions-heading = Where you are signed in
settings-sessions-lead = Do you see a device you do not know? Sign it out and call your steady contact person.
settings-session-device = { $browser } on { $system }
settings-session-since = Signed in on { $date } at { $time }
settings-session-current = This device
settings-session-end = Sign out
settings-end-others = Sign out everywhere else

browser-chrome = Chrome
browser-firefox = Firefox
browser-safari = Safari
browser-edge = Edge
browser-other = a browser
system-android = Android
system-ios = iPhone or iPad
system-windows = Windows
system-macos = Mac
system-linux = Linux
system-other = an unknown device

access-link = Access to Helder for the family
access-title = Access to Helder
access-lead = Who of the { $family } family can sign in.
access-identity-check = Only make a code when you are sure who you are talking to. Check that first, for example with an identity document.
access-status-none = Cannot sign in yet.
access-status-passkeys = { $count ->
        [one] Can sign in with 1 passkey.
       *[other] Can sign in with { $count } passkeys.
    }
access-status-code = Has a code that works until { $date }.
access-issue = Make a new code
access-issue-label = Make a new code for { $name }
access-issue-warning = With a new code, this person's old passkeys and codes stop working. This is what you do when a phone is lost.
relation-parent = Parent
relation-child = Child

letter-title = Activation letter
letter-lead = You see this code only once. Print the letter or pass the code on. We do not keep the code itself.
letter-back = Back to Access to Helder
letter-greeting = Dear { $name },
letter-intro = Helder shows who is involved with your family, what they may decide and what your rights are. This is how you sign in the first time:
letter-step-go = Go to { $url }.
letter-step-type = Type the code below.
letter-step-passkey = Make your passkey with your finger, your face or your PIN.
letter-code-label = Your code:
letter-valid-until = The code works until { $date }, and only once.
letter-secret = Do not give this code to anyone else. With the code, someone can see your information.
letter-signed = Kind regards, { $name }
letter-gone-title = This code can no longer be shown
letter-gone-text = You see a code only once. Make a new code if needed.

welcome-new = Welcome! Your passkey has been made and you are signed in.
settings-added = Your passkey has been added.
settings-revoked = The passkey has been revoked.
settings-ended = The other device has been signed out.

session-warning-heading = Are you still there?
session-warning-text = You have not done anything for a while. In { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    } you will be signed out. That way nobody else on this device can see your information.
session-warning-stay = Stay signed in
session-warning-failed = That did not work. You may already be signed out. Load the page again.
sign-in-expired = You were signed out because you did nothing for a while. Sign in again to continue.

nav-family = Our family
family-title = Our family
family-lead = Who belongs to your family in this case, and how to reach each other.
family-you = (you)
family-child-age = Child, { $age } years old
family-gezag-yes = has parental authority
family-gezag-no = has no parental authority
family-address = Address
family-phone = Phone
family-email = E-mail
family-protected-note = Is an address or phone number shielded, for example for someone's safety? Then only that person sees it, and the professionals on your case.
relation-ex-partner = Former partner
access-data-family = your family and contact details

## Notifications (Web Push)
settings-push-heading = Notifications
settings-push-lead = Get a notification on your phone or computer when there is a new message for you. A notification never says what the message says or who it is about. You read it only after you have signed in.
settings-push-none = You do not get notifications anywhere now.
settings-push-on = Turn on notifications on this device
settings-push-off = Turn off notifications on this device
settings-push-busy = One moment…
settings-push-unsupported = This browser cannot show notifications from Helder.
settings-push-denied = Your browser does not allow notifications from Helder. You can change this in your browser's settings.
settings-push-failed = Turning on notifications did not work. Please try again later.
settings-push-needs-javascript = Turning on notifications only works with JavaScript on.
settings-push-since = Notifications on since { $date }
settings-push-remove = Turn off notifications
settings-push-remove-label = Turn off notifications on { $device }
settings-push-removed = That device will no longer get notifications.
error-push-subscription = Turning on notifications did not work on this device. Please try again later.
error-push-service = This browser uses a notification service that Helder does not know. Notifications do not work here.

## The text of a notification. Never names, messages or other case data.
push-title = Helder
push-new-message = You have a new message in Helder.
push-urgent = There is an urgent message in Helder. Please look as soon as you can.

family-title-professional = The family
family-lead-professional = Who belongs to this family in this case, and how to reach them.
