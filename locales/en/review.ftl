## Reviewing texts: the workspace of experts by experience.

workplace-review = Review texts
review-title = Review texts
review-lead = Here are all the texts families read in Helder. Read them as a family would. Write down what could be better, suggest other words and say whether a text is good.
review-welcome = Welcome. You can review texts now.
review-sections = Parts of this page
review-back-workspace = Back to all texts

## View in the page (example view)

review-in-context-title = View in the page
review-in-context-lead = Open Helder as someone in a family sees it. The family is made up: you never see data of real families. Click a text to review it.
review-in-context-as = View Helder as
review-in-context-open = Open the pages
review-person-parent = { $name }, parent ({ $municipality })
review-person-child = { $name }, { $age } years old ({ $municipality })
review-person-professional = { $name }, { $organisation }
review-bar-label = Example.
review-bar-text = You see Helder as { $name } sees it. This family is made up. Click a text to review it.
review-bar-end = Stop
review-texts-title = Texts on this page
review-texts-lead = Choose a text to review it.

## The list of texts

review-list-title = All texts
review-filter-language = Language
review-filter-status = Status
review-filter-status-all = All
review-filter-page = Page
review-filter-page-all = All pages
review-filter-reader = Reader
review-filter-reader-all = All readers
review-filter-b1 = Only texts that do not meet B1
review-filter-submit = Show the texts
review-count = { $count ->
    [one] 1 text in { $language }.
   *[other] { $count } texts in { $language }.
}
review-more = Next texts
review-open = View text { $id }
review-open-short = View
review-b1-fails = Not B1
review-open-suggestions = { $count ->
    [one] 1 suggestion
   *[other] { $count } suggestions
}
review-remarks = { $count ->
    [one] 1 remark
   *[other] { $count } remarks
}
review-status-new = New
review-status-needs-change = Needs change
review-status-approved = Approved
review-status-changed = Changed after approval

review-reader-parent = Parent
review-reader-child = Child under 12
review-reader-youth = Young person of 12 to 16
review-reader-youth16 = Young person of 16 or 17
review-reader-professional = Professional
review-reader-anyone = Anyone, not signed in

review-page-every-page = On every page
review-page-home = Home page
review-page-thread = A conversation
review-page-unsafe = I do not feel safe
review-page-decision-input = My view on a decision
review-page-document = A document
review-page-letter = Letter with activation code
review-page-glossary = Words explained
review-page-settings = Settings
review-page-sign-in = Sign in
review-page-activate = Activate
review-page-notice = Notice
review-page-work = My families
review-page-console = A family (professional)
review-page-absence = Report an absence
review-page-new-case = New family
review-page-other = Other pages
review-page-file-common = Other texts: general
review-page-file-domain = Other texts: child protection words
review-page-file-pages = Other texts: pages
review-page-file-errors = Other texts: error messages
review-page-file-powers = Other texts: who does what
review-page-file-rights = Other texts: rights
review-page-file-journey = Other texts: journey, meetings and documents
review-page-file-account = Other texts: signing in and settings
review-page-file-messages = Other texts: messages
review-page-file-console = Other texts: for professionals and administration
review-page-file-integration = Other texts: the link with case systems
review-page-file-review = Other texts: reviewing texts

## How much is reviewed

review-coverage-title = How much is reviewed
review-coverage-lead = A text counts when it was approved and has not changed since.
review-coverage-languages = Per language
review-coverage-pages = Per page, in { $language }
review-coverage-readers = Per reader, in { $language }
review-coverage-approved = Approved
review-coverage-share = { $approved } of { $total } ({ $percent }%)

## One text

review-message-title = Text { $id }
review-message-heading = Text
review-back = Back to the texts in { $language }
review-back-to-page = Back to the page
review-message-meta = { $language } · in { $file }
review-note-label = Note for whoever writes the text:
review-accepted-note = This text was already changed in Helder with a suggestion. It is not yet in the files of the next version.
review-forms-title = How someone reads this in { $language }
review-dutch-title = How it reads in Dutch
review-form-single = For everyone
review-form-audience-child = For a child under 12
review-form-audience-youth = For a young person of 12 to 16
review-form-audience-youth16 = For a young person of 16 or 17
review-form-audience-parent = For a parent
review-form-audience-adult = For a young adult
review-form-audience-other = For a parent and others
review-form-audience-professional = For a professional
review-form-choice = When { $name } is { $value }
review-where-title = Where is this text?
review-where-none = This text is not on the example pages. You see it, for example, when something does not work.

review-b1-title = Language level B1
review-b1-figures = { $words } words; the longest sentence has { $longest } words.
review-b1-score = Readability: { $score } (60 or higher is good).
review-b1-passes = This text passes the B1 check.
review-b1-rule-long-sentence = A sentence is longer than 20 words.
review-b1-rule-score = The text is hard to read (readability below 60).
review-b1-rule-long-word = It has a very long word.
review-b1-rule-jargon = It has a technical word without explanation.
review-b1-long-words = Long words: { $words }.
review-b1-unlinked = Technical words without a link to their explanation: { $words }.
review-b1-hint-passive = Tip: there is a passive sentence (with ‘wordt’ or ‘worden’). Better say who does something.
review-b1-hint-nominal = Tip: better use a verb than { $words }.
review-b1-link = B1 check of all texts
review-b1-report-title = B1 check
review-b1-report-lead = These Dutch texts do not meet language level B1. They were measured as families read them, with examples for names and dates.
review-b1-report-count = { $failing } of the { $total } texts do not pass.
review-b1-report-hints = Tips: { $passive } texts with a passive sentence, { $nominal } texts with a noun that could be a verb.

review-status-title = Status
review-status-by = Set by { $name } on { $date }.
review-status-legend = What do you think of this text?
review-status-submit = Save status
review-status-done = The status was saved.

review-suggest-title = Suggest other words
review-suggest-label = Your suggestion
review-suggest-hint = Change the words as you like. Leave everything between {"{"} and {"}"} as it is, such as {"{"} $name {"}"}: Helder fills in a name or date there. For a choice in brackets [ ] you write a sentence for each reader.
review-suggest-submit = Send suggestion
review-suggest-done = Your suggestion was saved. An administrator can now accept it.

review-comment-title = Write a remark
review-comment-label = Your remark
review-comment-hint = What is not clear? For whom? What would work better?
review-comment-submit = Post remark
review-comment-done = Your remark was posted.

review-history-title = History
review-history-none = Nobody has written anything about this text yet.
review-event-comment = { $name } wrote on { $date }:
review-event-suggestion = { $name } suggested on { $date }:
review-event-status = { $name } set the status on { $date } to ‘{ $status }’.
review-event-accepted = { $name } put this text in Helder on { $date }:
review-event-was-accepted = Accepted
review-accept-submit = Accept this suggestion
review-accept-done = The suggestion was accepted. Families read the new text when they open the page again.
review-shipped-label = How the text is in the files:

## Language, reading aloud

language-menu-label = Language:
language-unreviewed = { $state ->
    [partly] not everything checked yet
   *[none] not checked yet
}
footer-unreviewed = { $state ->
    [partly] Not all texts in this language have been checked yet by someone who knows the language well.
   *[none] This translation has not been checked yet by someone who knows the language well.
}
read-aloud = Read aloud
read-aloud-stop = Stop reading

## Messages about a suggestion

error-wording-empty = Write a text first.
error-wording-too-long = A text may have at most { $max } characters.
error-wording-control = The text has characters you cannot see. Type the text again.
error-wording-syntax = The brackets do not match. Check that every {"{"} has a {"}"} and every choice has a default with *. ({ $detail })
error-wording-variable-missing = { $name } is missing. Helder fills in something there; leave it in the text.
error-wording-variable-unknown = Helder does not know { $name } here. Use only what is in the old text.
error-wording-selectors = The choice between readers or numbers must stay the same: { $expected }.
error-review-read-only = This is an example. You cannot send or change anything here.

## Administration: the right to accept suggestions

staff-reviewer-may-accept = May accept suggestions: families then read the new text at once.
staff-reviewer-may-not-accept = Can review texts and make suggestions. An administrator accepts them.
staff-reviewer-give-right = Give the right to accept
staff-reviewer-take-right = Take away the right to accept
staff-reviewer-right-done = The right was changed.
