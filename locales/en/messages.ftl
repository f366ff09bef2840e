## Messages and "I do not feel safe".

nav-messages = Messages
messages-title = Messages
messages-lead = Here you send a message to your steady contact person. You also see what happens with your message.
messages-who-reads = { $count ->
    [0] Only you and { $name } read these messages.
   *[other] Only you, { $name } and { $others } of the safety team read these messages.
}
messages-who-reads-none = There is no steady contact person right now. Your message will be read as soon as there is someone again.
messages-private-youth = Your parents cannot see your messages.
messages-reply-by = You will get an answer by { $date }.
messages-none = There are no messages yet.
messages-body-label = Your message
messages-body-hint = At most { $max } characters.
messages-send = Send
messages-when = { $date } at { $time }
messages-read = Read by { $name } on { $date } at { $time }
messages-unread = Not read yet
messages-you = You
messages-urgent = I do not feel safe
thread-title = Messages from { $name }
thread-back = Back to all messages
thread-who-reads = { $name } sees this conversation. Other family members do not.
thread-reply-by = Promised answer: by { $date }.
thread-overdue = Late: the answer was due by { $date }.
thread-body-label = Your answer
team-unread = { $count ->
        [0] nothing unread
        [one] 1 unread message
       *[other] { $count } unread messages
    }
team-waiting = Waiting for an answer since { $date }.
team-overdue = Late: waiting for an answer since { $date }.
team-open = Open the conversation with { $name }
team-urgent = Reports: I do not feel safe

unsafe-button = I do not feel safe
unsafe-title = Do you not feel safe?
unsafe-lead = Are you in danger right now? Call 112 straight away.
unsafe-call-112 = Call 112
unsafe-112-when = { $audience ->
    [child] Are you in danger now? Then call 112 straight away.
   *[other] Police, ambulance, fire brigade. In immediate danger.
}
unsafe-call-vt = Call Veilig Thuis: 0800-2000
unsafe-vt-when = Free, day and night.
unsafe-call-kt = Call De Kindertelefoon: 0800-0432
unsafe-kt-when = { $audience ->
    [child] Free. You talk to someone who listens to you. You do not have to say your name.
   *[other] Free and anonymous. You can also chat at kindertelefoon.nl.
}
unsafe-to = Let { $name } know that you do not feel safe
unsafe-to-team = Let your professionals know that you do not feel safe
unsafe-note-label = Do you want to add something? (may stay empty)
unsafe-note-hint = A few words are enough. Your parents do not see this.
unsafe-send = Send my alert
unsafe-sent = { $audience ->
    [child] Your alert has been sent. Your steady contact person gets it straight away and will get in touch with you. Is it urgent right now? Call 112.
   *[other] Your alert has been sent. Your steady contact person gets it straight away. If nobody reads it within a quarter of an hour, the whole team gets it.
}

alerts-heading = Alert: a young person does not feel safe
alerts-item = { $name } reported on { $date } at { $time }: I do not feel safe. Not read yet.
alerts-open = Open the messages
alerts-call = Contact the steady contact person or the safety team straight away.
access-data-messages = the messages
error-message-key-reused = This message was sent before with other text. Load the page again and send it once more.

decisions-input-link = My input
decisions-inputs-link = See the input
input-title = Input: { $decision }
input-back = Back to What is coming
input-lead = What do you think of this decision? Write it down before it is decided. The professional must let you know your input was received, and later what was done with it.
input-lead-professional = The family's input. Let them know you received it, and later write down what was done with it.
input-sent = Your input has been sent.
input-saved = Your draft has been saved. Only you can see it.
input-all-heading = The family's input
input-mine-heading = Your input
input-none = There is no input yet.
input-sent-on = Sent on { $date }
input-outcome-on = What was done with it ({ $date }):
input-acknowledged = Received by { $name } on { $date }.
input-not-acknowledged = Not yet confirmed by the professional.
input-outcome-label = What was done with the input of { $name }?
input-youth = (young person)
stance-agree = I agree
stance-partly = I partly agree
stance-disagree = I do not agree
input-shared-note = Shared with the parents.
input-acknowledge = Received
input-outcome-save = Save
input-give-heading = Give your input
input-private-youth = Your parents do not see your input, unless you switch that on below.
input-private-parent = The professionals on your case read your input. The other parent does not see it.
input-stance-legend = What do you think? (you may skip this)
input-body-label = Your input
input-share-label = My parents may read this too
input-send = Send
input-save-draft = Save as draft
error-input-decided = This has already been decided. You can now object or appeal. See My rights.
access-data-inputs = the family's input

## Live updates (read out by a screen reader when something new appears on the page)
live-updated = Something new appeared on this page.

# A family's reaction on a plan or report: handled like input on a decision.
reaction-title = Reaction: { $decision }
reaction-back = Back to Documents
reaction-lead = What do you think of this document? Is something wrong, or missing? Write it here. The professional lets you know your reaction was received, and later what was done with it.
reaction-lead-professional = The family's reactions to this document. Let them know you received them, and later write down what was done with them.
reaction-sent = Your reaction has been sent.
reaction-saved = Your draft has been saved. Only you can see it.
reaction-all-heading = The family's reactions
reaction-mine-heading = Your reaction
reaction-none = There is no reaction yet.
reaction-give-heading = Give your reaction
reaction-body-label = Your reaction

messages-title-professional = Messages
messages-lead-professional = The family members' messages. Only the steady contact person and the safety team members on this case read them.
thread-no-line = { $name } is younger than 12 and has no messages of their own in Helder. Only the alert of { $name } is here. Get in touch yourself: call or visit { $name }. Might home not be safe? Talk to the safety team first.
input-lead-heard = { $audience ->
    [child] Do you want to say something about this decision? Tell your parents, or the professional when they talk with you. You may also make a drawing or write a letter.
   *[other] You cannot give input here now.
}
reaction-lead-heard = { $audience ->
    [child] Do you want to say something about this document? Tell your parents or the professional.
   *[other] You cannot react here now.
}
