## General: name, header, footer, language, dates. Plain English.

site-name = Helder
site-description = Helder shows you who is involved with your family, what they may decide and what your rights are.
skip-to-content = Skip to content
language-name = English
footer-text = Helder is for families dealing with child protection in Flevoland.
signed-in-as = You are signed in as
sign-out = Sign out
back-to-start = Go to the start page

demo-banner-label = Demo.
demo-banner-text = Made-up names and details.

contact-call = Call
contact-mail = Email
reach-days = Available on { $days }.
reach-days-hours = Available on { $days }, from { $from } to { $until }.
reach-unknown = Ask when you can reach this person.
list-and = { $first } and { $last }

date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
quick-exit = Leave quickly
quick-exit-hint = You go straight to another website and are signed out. You can also press Escape 3 times.

card-after-hours = { $audience ->
    [child] Not reachable right now. Do you want to talk to someone? Call De Kindertelefoon: 0800 0432, free. Are you in danger? Call 112.
    [youth] Not reachable right now. Do you want to talk to someone? Call De Kindertelefoon: 0800 0432, free. Is it about safety? Call Veilig Thuis: 0800 2000, day and night. In immediate danger: call 112.
    [youth16] Not reachable right now. Do you want to talk to someone? Call De Kindertelefoon: 0800 0432, free. Is it about safety? Call Veilig Thuis: 0800 2000, day and night. In immediate danger: call 112.
   *[other] Not reachable right now. Is it urgent and about safety? Call Veilig Thuis: 0800 2000, free, day and night. In immediate danger: call 112.
}
card-away = Away until { $last } inclusive. Back on { $back }.
card-away-soon = Away from { $first } until { $last } inclusive.
card-substitute = In that time, call or e-mail { $name }:
card-substitute-none = In that time, call the general number of { $organisation }. You find it under Help and complaints.

# The installed app and the page the service worker shows without internet.
app-name-long = Helder: your overview in child protection
offline-title = You are offline
offline-lead = Your phone has no internet right now, so Helder cannot show this page. When you are back online, try again.
offline-urgent-text = You can call without internet.
offline-retry = Try again

nav-device = On this device
nav-device-professional = On this device
device-title = Keep on this device
device-lead = You can keep a short summary on this phone. Then you can read it when you have no internet.
device-summary-heading = Summary
device-next-decision = Next decision
device-next-meeting = Next meeting
device-running-term = You can still act on this decision
device-nothing-planned = No decision and no meeting are planned right now.
device-keep-heading = Keep
device-keep-how = Helder keeps the summary locked on this phone. Helder wipes it when you sign out, press Leave quickly or do nothing for a long time. Do you share this phone with someone who may not see this? Then do not keep it.
device-keep-button = Keep on this device
device-forget-button = Stop keeping it
device-kept = Kept on this device on { $time }.
device-not-kept = Nothing is kept on this device right now.
device-forgotten = The summary has been wiped from this device.
device-failed = Keeping it does not work in this browser. You can still read the summary here.
device-needs-script = Keeping it only works when JavaScript is on.
device-saved-heading = Kept on this device
device-saved-when = Kept on { $time }. Something may have changed since.
outbox-heading = Not sent yet
outbox-lead = You wrote this without internet. Helder sends it as soon as there is internet again. You do not need to do anything.
outbox-written = Written on { $time }
outbox-delete = Delete
outbox-queued = Your text is ready on this device. Helder sends it when there is internet again.
outbox-sent = What you wrote without internet has now been sent.
outbox-refused = Something you wrote without internet was not sent. Look at your message to see what is wrong.
outbox-expired = Something you wrote without internet was not sent. It was older than 12 hours.
outbox-empty = Your text is empty or too long. Change it and try again.
outbox-deleted = Your text has been deleted from this device.
outbox-failed = That did not work. Try again when you have internet.
