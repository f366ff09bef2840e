//! The access rules as a pure function of (what the actor is to the case, action). Every
//! combination is written out: adding an actor kind or an action does not compile until each
//! pair has a decision, and the test below prints the full matrix.

use super::AgeTier;

/// What a subject is to one case today. Ordered from closest relation to none, so the
/// closest of several relations wins (`min`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum ActorKind {
    ParentWithGezag,
    ParentWithoutGezag,
    /// On the case as a parent's former partner, not as a parent: no part in the case.
    ExPartner,
    /// A youth of 18 or older who is still on the case (verlengde jeugdhulp) [STZ].
    YoungAdult,
    Youth16To17,
    Youth12To15,
    ChildUnder12,
    VasteProfessional,
    /// The veiligheidsteam member on the case: works with the vaste professional on safety,
    /// and with them reads the family's messages [SEED §7.1].
    SafetyTeam,
    ProfessionalOnCase,
    ProfessionalNotOnCase,
    PersonNotOnCase,
    /// An ervaringsdeskundige reviewing texts: works on words, never on a family's case.
    Reviewer,
    /// Runs the installation: accounts and configuration, never a case's content.
    Administrator,
    /// The case system of an organisation that has a professional on the case today: it
    /// records what the organisation holds (the integration API), never the family's words.
    CaseSystem,
    /// The case system of an organisation with nobody on the case.
    SystemNotOnCase,
    Anonymous,
}

impl ActorKind {
    pub const ALL: [ActorKind; 17] = [
        ActorKind::ParentWithGezag,
        ActorKind::ParentWithoutGezag,
        ActorKind::ExPartner,
        ActorKind::YoungAdult,
        ActorKind::Youth16To17,
        ActorKind::Youth12To15,
        ActorKind::ChildUnder12,
        ActorKind::VasteProfessional,
        ActorKind::SafetyTeam,
        ActorKind::ProfessionalOnCase,
        ActorKind::ProfessionalNotOnCase,
        ActorKind::PersonNotOnCase,
        ActorKind::Reviewer,
        ActorKind::Administrator,
        ActorKind::CaseSystem,
        ActorKind::SystemNotOnCase,
        ActorKind::Anonymous,
    ];

    pub fn child(tier: AgeTier) -> ActorKind {
        match tier {
            AgeTier::Under12 => ActorKind::ChildUnder12,
            AgeTier::From12To15 => ActorKind::Youth12To15,
            AgeTier::From16To17 => ActorKind::Youth16To17,
            AgeTier::Adult => ActorKind::YoungAdult,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// See "Mijn overzicht": the phase and the professionals on the case.
    ViewCaseOverview,
    /// "Wie doet wat", "Mijn traject", "Mijn rechten", "Wat komt eraan", meetings, "Hulp en
    /// klachten", the vaste professional's history: the family's shared picture.
    ViewCasePicture,
    /// The list of plans and reports (titles, dates, authors; not their content).
    ViewDocuments,
    /// Mark the announcement of a new vaste professional as seen: one's own notice only.
    AcknowledgeChange,
    /// "Wie heeft mijn gegevens bekeken" (F14): the family's own view of the access log.
    ViewAccessLog,
    /// Keep a short summary of the case on one's own phone, to read without internet.
    KeepSummaryOnDevice,
    /// "Ons gezin": who is in the family, with contact details per [`may_see_contact`].
    ViewFamilyMembers,
    /// Read one's own thread with the vaste professional (F8, F9).
    ViewOwnThread,
    /// Send a message in one's own thread.
    SendOwnMessage,
    /// "Ik voel me niet veilig" (F10).
    RaiseUnsafeAlert,
    /// Read the family's threads (those who answer them).
    ViewFamilyThreads,
    /// Answer in a family member's thread.
    ReplyInThread,
    /// Give one's view on an upcoming decision or report (F7).
    GiveDecisionInput,
    /// Read the family's input on a decision, acknowledge it, record what was done with it.
    HandleDecisionInput,
    /// See which family members can sign in ("Toegang tot Helder").
    ViewFamilyAccess,
    /// Issue an activation code for a family member, which also ends their old passkeys.
    IssueActivationCode,
    /// Change the case itself: the family's name, the municipality, closing the case.
    EditCase,
    /// Add family members, change their details and relations (gezag), end a relation.
    EditFamily,
    /// Put professionals on the case, end their part, and name the vaste professional.
    EditTeam,
    /// Change the phase and the steps on the family's timeline.
    EditTimeline,
    /// Add decisions, change their dates, record an outcome, withdraw one.
    EditDecisions,
    /// Plan, change and cancel meetings.
    EditMeetings,
    /// Add plans and reports, change their status, withdraw one.
    EditDocuments,
}

impl Action {
    pub const ALL: [Action; 23] = [
        Action::GiveDecisionInput,
        Action::HandleDecisionInput,
        Action::ViewOwnThread,
        Action::SendOwnMessage,
        Action::RaiseUnsafeAlert,
        Action::ViewFamilyThreads,
        Action::ReplyInThread,
        Action::ViewFamilyMembers,
        Action::ViewCaseOverview,
        Action::ViewCasePicture,
        Action::ViewDocuments,
        Action::AcknowledgeChange,
        Action::ViewAccessLog,
        Action::KeepSummaryOnDevice,
        Action::ViewFamilyAccess,
        Action::IssueActivationCode,
        Action::EditCase,
        Action::EditFamily,
        Action::EditTeam,
        Action::EditTimeline,
        Action::EditDecisions,
        Action::EditMeetings,
        Action::EditDocuments,
    ];

    /// Whether the action changes data (logged as a change rather than a read).
    pub const fn changes_data(self) -> bool {
        matches!(
            self,
            Action::AcknowledgeChange
                | Action::IssueActivationCode
                | Action::SendOwnMessage
                | Action::RaiseUnsafeAlert
                | Action::ReplyInThread
                | Action::GiveDecisionInput
                | Action::HandleDecisionInput
                | Action::EditCase
                | Action::EditFamily
                | Action::EditTeam
                | Action::EditTimeline
                | Action::EditDecisions
                | Action::EditMeetings
                | Action::EditDocuments
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allow,
    Deny,
}

pub fn decide(actor: ActorKind, action: Action) -> Decision {
    use ActorKind as A;
    match action {
        // Who is involved and in which phase is what every family member needs to know,
        // children included (clear information, adapted for under-12s: JW 7.3.2). It holds no
        // protected fields.
        Action::ViewCaseOverview => match actor {
            A::ParentWithGezag
            | A::ParentWithoutGezag
            | A::YoungAdult
            | A::Youth16To17
            | A::Youth12To15
            | A::ChildUnder12
            | A::VasteProfessional
            | A::SafetyTeam
            | A::ProfessionalOnCase
            | A::CaseSystem => Decision::Allow,
            A::ProfessionalNotOnCase
            | A::PersonNotOnCase
            | A::ExPartner
            | A::Reviewer
            | A::Administrator
            | A::SystemNotOnCase
            | A::Anonymous => Decision::Deny,
        },
        // The same shared picture, explained per reader (texts differ by age tier).
        Action::ViewCasePicture => decide(actor, Action::ViewCaseOverview),
        // Who is in the family: everyone on the case; contact details are filtered per field.
        Action::ViewFamilyMembers => decide(actor, Action::ViewCaseOverview),
        // Reports are about the parents and the children; inzage in the Raad's documents is for
        // parents and youths of 12+ [RV 811], so a child under 12 does not get the list.
        Action::ViewDocuments => match actor {
            A::ParentWithGezag
            | A::ParentWithoutGezag
            | A::YoungAdult
            | A::Youth16To17
            | A::Youth12To15
            | A::VasteProfessional
            | A::SafetyTeam
            | A::ProfessionalOnCase
            | A::CaseSystem => Decision::Allow,
            A::ChildUnder12
            | A::ProfessionalNotOnCase
            | A::PersonNotOnCase
            | A::ExPartner
            | A::Reviewer
            | A::Administrator
            | A::SystemNotOnCase
            | A::Anonymous => Decision::Deny,
        },
        // The family's transparency page; professionals do not browse each other's access.
        Action::ViewAccessLog => decide(actor, Action::AcknowledgeChange),
        // A summary on a phone is for the family member whose phone it is. A professional's
        // device is not the place to keep a family's case (they use the console, online).
        Action::KeepSummaryOnDevice => decide(actor, Action::AcknowledgeChange),
        // Their own line: parents and youths of 12 and older [SEED F8, F9]. A child under 12
        // has no line of their own (their parents talk; De Kindertelefoon is on "Hulp").
        // Each sees only their own thread, so a youth's messages never reach a parent.
        Action::ViewOwnThread | Action::SendOwnMessage => match actor {
            A::ParentWithGezag
            | A::ParentWithoutGezag
            | A::YoungAdult
            | A::Youth16To17
            | A::Youth12To15 => Decision::Allow,
            A::ChildUnder12
            | A::VasteProfessional
            | A::SafetyTeam
            | A::ProfessionalOnCase
            | A::ProfessionalNotOnCase
            | A::PersonNotOnCase
            | A::ExPartner
            | A::Reviewer
            | A::Administrator
            | A::CaseSystem
            | A::SystemNotOnCase
            | A::Anonymous => Decision::Deny,
        },
        // Everyone with a line of their own may give input; a child under 12 is heard in
        // person instead (JW 7.3.2; the hearing is on "Afspraken").
        Action::GiveDecisionInput => decide(actor, Action::SendOwnMessage),
        // The professionals on the case, who prepare or take the decision.
        Action::HandleDecisionInput => match actor {
            A::VasteProfessional | A::SafetyTeam | A::ProfessionalOnCase => Decision::Allow,
            A::ParentWithGezag
            | A::ParentWithoutGezag
            | A::YoungAdult
            | A::Youth16To17
            | A::Youth12To15
            | A::ChildUnder12
            | A::ProfessionalNotOnCase
            | A::PersonNotOnCase
            | A::ExPartner
            | A::Reviewer
            | A::Administrator
            | A::CaseSystem
            | A::SystemNotOnCase
            | A::Anonymous => Decision::Deny,
        },
        // "Ik voel me niet veilig" is for the children and youths the case is about [SEED F10]:
        // a child under 12 has no line to write on, but must have a way to say it.
        Action::RaiseUnsafeAlert => match actor {
            A::YoungAdult | A::Youth16To17 | A::Youth12To15 | A::ChildUnder12 => Decision::Allow,
            A::ParentWithGezag
            | A::ParentWithoutGezag
            | A::VasteProfessional
            | A::SafetyTeam
            | A::ProfessionalOnCase
            | A::ProfessionalNotOnCase
            | A::PersonNotOnCase
            | A::ExPartner
            | A::Reviewer
            | A::Administrator
            | A::CaseSystem
            | A::SystemNotOnCase
            | A::Anonymous => Decision::Deny,
        },
        // The family's messages are read by those who answer them: the vaste professional and
        // the veiligheidsteam member, not everyone who works on the case.
        Action::ViewFamilyThreads | Action::ReplyInThread => match actor {
            A::VasteProfessional | A::SafetyTeam => Decision::Allow,
            A::ParentWithGezag
            | A::ParentWithoutGezag
            | A::YoungAdult
            | A::Youth16To17
            | A::Youth12To15
            | A::ChildUnder12
            | A::ProfessionalOnCase
            | A::ProfessionalNotOnCase
            | A::PersonNotOnCase
            | A::ExPartner
            | A::Reviewer
            | A::Administrator
            | A::CaseSystem
            | A::SystemNotOnCase
            | A::Anonymous => Decision::Deny,
        },
        // Handing out access is an identity check: the one steady professional who knows the
        // family does it (the issue's "the professional checks identity again"). Everyone else
        // asks them; a family member cannot issue access for another.
        Action::ViewFamilyAccess | Action::IssueActivationCode => match actor {
            A::VasteProfessional => Decision::Allow,
            A::ParentWithGezag
            | A::ParentWithoutGezag
            | A::YoungAdult
            | A::Youth16To17
            | A::Youth12To15
            | A::ChildUnder12
            | A::SafetyTeam
            | A::ProfessionalOnCase
            | A::ProfessionalNotOnCase
            | A::PersonNotOnCase
            | A::ExPartner
            | A::Reviewer
            | A::Administrator
            | A::CaseSystem
            | A::SystemNotOnCase
            | A::Anonymous => Decision::Deny,
        },
        // Who the family is and who works with them are identity matters: the one steady
        // professional who knows the family records them [SEED §7.1], as they hand out access.
        //
        // An organisation's case system records the case and the family as the organisation
        // holds them, so nobody types them twice; who works on the case stays with the vaste
        // professional.
        Action::EditCase | Action::EditFamily => match actor {
            A::VasteProfessional | A::CaseSystem => Decision::Allow,
            A::ParentWithGezag
            | A::ParentWithoutGezag
            | A::YoungAdult
            | A::Youth16To17
            | A::Youth12To15
            | A::ChildUnder12
            | A::SafetyTeam
            | A::ProfessionalOnCase
            | A::ProfessionalNotOnCase
            | A::PersonNotOnCase
            | A::ExPartner
            | A::Reviewer
            | A::Administrator
            | A::SystemNotOnCase
            | A::Anonymous => Decision::Deny,
        },
        Action::EditTeam => decide(actor, Action::IssueActivationCode),
        // What happens in the case is recorded by whoever does it: the Raad its investigation,
        // the GI its plan, the vaste professional the meetings they plan. Every professional on
        // the case may, and every change is in the family's access log. So may the case
        // system of an organisation on the case: it sends what its professionals recorded.
        Action::EditTimeline
        | Action::EditDecisions
        | Action::EditMeetings
        | Action::EditDocuments => match actor {
            A::VasteProfessional | A::SafetyTeam | A::ProfessionalOnCase | A::CaseSystem => {
                Decision::Allow
            }
            A::ParentWithGezag
            | A::ParentWithoutGezag
            | A::YoungAdult
            | A::Youth16To17
            | A::Youth12To15
            | A::ChildUnder12
            | A::ProfessionalNotOnCase
            | A::PersonNotOnCase
            | A::ExPartner
            | A::Reviewer
            | A::Administrator
            | A::SystemNotOnCase
            | A::Anonymous => Decision::Deny,
        },
        // The notice is for family members; professionals have nothing to acknowledge.
        Action::AcknowledgeChange => match actor {
            A::ParentWithGezag
            | A::ParentWithoutGezag
            | A::YoungAdult
            | A::Youth16To17
            | A::Youth12To15
            | A::ChildUnder12 => Decision::Allow,
            A::VasteProfessional
            | A::SafetyTeam
            | A::ProfessionalOnCase
            | A::ProfessionalNotOnCase
            | A::PersonNotOnCase
            | A::ExPartner
            | A::Reviewer
            | A::Administrator
            | A::CaseSystem
            | A::SystemNotOnCase
            | A::Anonymous => Decision::Deny,
        },
    }
}

/// Field rule for addresses and contact details of a family member (`own`: the viewer is that
/// person). A protected field (secret address after domestic violence, a shielded phone
/// number) is seen only by that person and the professionals on the case — never by the other
/// parent or anyone else in the family [JW 7.3.10; KBP]. Unprotected details are shared within
/// the family on the case.
pub fn may_see_contact(viewer: ActorKind, own: bool, protected: bool) -> bool {
    use ActorKind as A;
    if own {
        return true;
    }
    match viewer {
        // The organisation's own record, which its system sent.
        A::VasteProfessional | A::SafetyTeam | A::ProfessionalOnCase | A::CaseSystem => true,
        A::ParentWithGezag
        | A::ParentWithoutGezag
        | A::YoungAdult
        | A::Youth16To17
        | A::Youth12To15
        | A::ChildUnder12 => !protected,
        A::ExPartner
        | A::ProfessionalNotOnCase
        | A::PersonNotOnCase
        | A::Reviewer
        | A::Administrator
        | A::SystemNotOnCase
        | A::Anonymous => false,
    }
}

/// Whether a subject may open a new case (after a melding). Not a rule about a case, so not
/// an [`Action`]: nobody is related to a case that does not exist yet. Professionals open
/// cases and are on them from then on; so does an organisation's case system, naming one of
/// the organisation's professionals who is on it from then on. Family members, reviewers and
/// administrators do not.
pub fn may_open_case(subject: &super::Subject) -> bool {
    matches!(
        subject,
        super::Subject::Professional(_) | super::Subject::System(_)
    )
}

/// Whether a subject may onboard organisations and the people who sign in for work. Not a
/// rule about a case: an administrator is never related to one and never sees a family's
/// data; the server also checks that the administrator has not left.
pub fn may_administer(subject: &super::Subject) -> bool {
    matches!(subject, super::Subject::Administrator(_))
}

/// Whether a subject may use the review workspace (the texts families read, and the example
/// family in review mode): reviewers (ervaringsdeskundigen) and administrators. Never a case:
/// the server also checks that they have not left, and accepting wording needs more
/// ([`may_accept_wording`]).
pub fn may_review(subject: &super::Subject) -> bool {
    matches!(
        subject,
        super::Subject::Reviewer(_) | super::Subject::Administrator(_)
    )
}

/// Whether a reviewer or administrator may make a suggestion the wording families read: an
/// administrator, or a reviewer an administrator gave that right.
pub fn may_accept_wording(subject: &super::Subject, reviewer_may_accept: bool) -> bool {
    match subject {
        super::Subject::Administrator(_) => true,
        super::Subject::Reviewer(_) => reviewer_may_accept,
        _ => false,
    }
}

/// What a professional on the case may look at while previewing a family member's pages:
/// what that member sees of the shared picture, read-only. Never what is the member's alone
/// (their own thread, where a youth writes privately), never the family's own access log, and
/// never a change: a preview shows, it does not act.
pub fn preview_allows(action: Action) -> bool {
    matches!(
        action,
        Action::ViewCaseOverview
            | Action::ViewCasePicture
            | Action::ViewDocuments
            | Action::ViewFamilyMembers
    )
}

/// Who a meeting is shown to. A meeting's time and place can say where someone is (a home
/// visit at a secret address, a conversation at the Raad), so it is not the whole family's by
/// default [JW 7.3.10].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum MeetingVisibility {
    /// Everyone on the case who sees the family's picture: a hearing, the
    /// Jeugdbeschermingstafel, an evaluation with the whole family.
    Family,
    /// Only the family members who take part (and the professionals on the case).
    Attendees,
}

impl MeetingVisibility {
    pub const fn key(self) -> &'static str {
        match self {
            MeetingVisibility::Family => "family",
            MeetingVisibility::Attendees => "attendees",
        }
    }

    pub fn from_key(key: &str) -> Option<MeetingVisibility> {
        match key {
            "family" => Some(MeetingVisibility::Family),
            "attendees" => Some(MeetingVisibility::Attendees),
            _ => None,
        }
    }
}

/// Field rule for a meeting (`attends`: the viewer takes part in it). Professionals on the
/// case see every meeting; a family member sees the meetings they attend and those meant for
/// the whole family — never another family member's own appointment.
pub fn may_see_meeting(viewer: ActorKind, attends: bool, visibility: MeetingVisibility) -> bool {
    use ActorKind as A;
    if decide(viewer, Action::ViewCasePicture) == Decision::Deny {
        return false;
    }
    match viewer {
        A::VasteProfessional | A::SafetyTeam | A::ProfessionalOnCase | A::CaseSystem => true,
        _ => attends || visibility == MeetingVisibility::Family,
    }
}

/// A family member on the case (as opposed to a professional, or someone outside it).
pub fn is_family(actor: ActorKind) -> bool {
    matches!(
        actor,
        ActorKind::ParentWithGezag
            | ActorKind::ParentWithoutGezag
            | ActorKind::YoungAdult
            | ActorKind::Youth16To17
            | ActorKind::Youth12To15
            | ActorKind::ChildUnder12
    )
}

/// Whether "Berichten" is offered: an own line, or the family's threads to answer.
pub fn can_message(actor: ActorKind) -> bool {
    decide(actor, Action::ViewOwnThread) == Decision::Allow
        || decide(actor, Action::ViewFamilyThreads) == Decision::Allow
}

/// Whether `action` is allowed (a shorthand for pages that offer or hide a button).
pub fn allows(actor: ActorKind, action: Action) -> bool {
    decide(actor, action) == Decision::Allow
}

#[cfg(test)]
mod tests {
    use super::*;
    use ActorKind as A;
    use Decision::{Allow, Deny};

    #[test]
    fn a_preview_shows_the_shared_picture_and_nothing_private_or_writable() {
        let shown: Vec<Action> = Action::ALL
            .into_iter()
            .filter(|a| preview_allows(*a))
            .collect();
        assert_eq!(
            shown,
            [
                Action::ViewFamilyMembers,
                Action::ViewCaseOverview,
                Action::ViewCasePicture,
                Action::ViewDocuments,
            ]
        );
        for private in [
            Action::ViewOwnThread,
            Action::SendOwnMessage,
            Action::GiveDecisionInput,
            Action::ViewAccessLog,
            Action::AcknowledgeChange,
        ] {
            assert!(!preview_allows(private), "{private:?}");
        }
    }

    /// The expected decision for every (actor, action). A new action without rows fails here.
    const FAMILY_AND_CASE_PROFESSIONALS: &[(ActorKind, Decision)] = &[
        (A::ParentWithGezag, Allow),
        (A::ParentWithoutGezag, Allow),
        (A::YoungAdult, Allow),
        (A::Youth16To17, Allow),
        (A::Youth12To15, Allow),
        (A::ChildUnder12, Allow),
        (A::VasteProfessional, Allow),
        (A::SafetyTeam, Allow),
        (A::ProfessionalOnCase, Allow),
        (A::ProfessionalNotOnCase, Deny),
        (A::PersonNotOnCase, Deny),
        (A::ExPartner, Deny),
        (A::Reviewer, Deny),
        (A::Administrator, Deny),
        (A::CaseSystem, Allow),
        (A::SystemNotOnCase, Deny),
        (A::Anonymous, Deny),
    ];

    const FAMILY_ONLY: &[(ActorKind, Decision)] = &[
        (A::ParentWithGezag, Allow),
        (A::ParentWithoutGezag, Allow),
        (A::YoungAdult, Allow),
        (A::Youth16To17, Allow),
        (A::Youth12To15, Allow),
        (A::ChildUnder12, Allow),
        (A::VasteProfessional, Deny),
        (A::SafetyTeam, Deny),
        (A::ProfessionalOnCase, Deny),
        (A::ProfessionalNotOnCase, Deny),
        (A::PersonNotOnCase, Deny),
        (A::ExPartner, Deny),
        (A::Reviewer, Deny),
        (A::Administrator, Deny),
        (A::CaseSystem, Deny),
        (A::SystemNotOnCase, Deny),
        (A::Anonymous, Deny),
    ];

    const VASTE_ONLY: &[(ActorKind, Decision)] = &[
        (A::ParentWithGezag, Deny),
        (A::ParentWithoutGezag, Deny),
        (A::YoungAdult, Deny),
        (A::Youth16To17, Deny),
        (A::Youth12To15, Deny),
        (A::ChildUnder12, Deny),
        (A::VasteProfessional, Allow),
        (A::SafetyTeam, Deny),
        (A::ProfessionalOnCase, Deny),
        (A::ProfessionalNotOnCase, Deny),
        (A::PersonNotOnCase, Deny),
        (A::ExPartner, Deny),
        (A::Reviewer, Deny),
        (A::Administrator, Deny),
        (A::CaseSystem, Deny),
        (A::SystemNotOnCase, Deny),
        (A::Anonymous, Deny),
    ];

    const VASTE_AND_CASE_SYSTEM: &[(ActorKind, Decision)] = &[
        (A::ParentWithGezag, Deny),
        (A::ParentWithoutGezag, Deny),
        (A::YoungAdult, Deny),
        (A::Youth16To17, Deny),
        (A::Youth12To15, Deny),
        (A::ChildUnder12, Deny),
        (A::VasteProfessional, Allow),
        (A::SafetyTeam, Deny),
        (A::ProfessionalOnCase, Deny),
        (A::ProfessionalNotOnCase, Deny),
        (A::PersonNotOnCase, Deny),
        (A::ExPartner, Deny),
        (A::Reviewer, Deny),
        (A::Administrator, Deny),
        (A::CaseSystem, Allow),
        (A::SystemNotOnCase, Deny),
        (A::Anonymous, Deny),
    ];

    const OWN_LINE: &[(ActorKind, Decision)] = &[
        (A::ParentWithGezag, Allow),
        (A::ParentWithoutGezag, Allow),
        (A::YoungAdult, Allow),
        (A::Youth16To17, Allow),
        (A::Youth12To15, Allow),
        (A::ChildUnder12, Deny),
        (A::VasteProfessional, Deny),
        (A::SafetyTeam, Deny),
        (A::ProfessionalOnCase, Deny),
        (A::ProfessionalNotOnCase, Deny),
        (A::PersonNotOnCase, Deny),
        (A::ExPartner, Deny),
        (A::Reviewer, Deny),
        (A::Administrator, Deny),
        (A::CaseSystem, Deny),
        (A::SystemNotOnCase, Deny),
        (A::Anonymous, Deny),
    ];

    const CHILDREN_AND_YOUTHS: &[(ActorKind, Decision)] = &[
        (A::ParentWithGezag, Deny),
        (A::ParentWithoutGezag, Deny),
        (A::YoungAdult, Allow),
        (A::Youth16To17, Allow),
        (A::Youth12To15, Allow),
        (A::ChildUnder12, Allow),
        (A::VasteProfessional, Deny),
        (A::SafetyTeam, Deny),
        (A::ProfessionalOnCase, Deny),
        (A::ProfessionalNotOnCase, Deny),
        (A::PersonNotOnCase, Deny),
        (A::ExPartner, Deny),
        (A::Reviewer, Deny),
        (A::Administrator, Deny),
        (A::CaseSystem, Deny),
        (A::SystemNotOnCase, Deny),
        (A::Anonymous, Deny),
    ];

    const ANSWERERS: &[(ActorKind, Decision)] = &[
        (A::ParentWithGezag, Deny),
        (A::ParentWithoutGezag, Deny),
        (A::YoungAdult, Deny),
        (A::Youth16To17, Deny),
        (A::Youth12To15, Deny),
        (A::ChildUnder12, Deny),
        (A::VasteProfessional, Allow),
        (A::SafetyTeam, Allow),
        (A::ProfessionalOnCase, Deny),
        (A::ProfessionalNotOnCase, Deny),
        (A::PersonNotOnCase, Deny),
        (A::ExPartner, Deny),
        (A::Reviewer, Deny),
        (A::Administrator, Deny),
        (A::CaseSystem, Deny),
        (A::SystemNotOnCase, Deny),
        (A::Anonymous, Deny),
    ];

    const PROFESSIONALS_ON_CASE: &[(ActorKind, Decision)] = &[
        (A::ParentWithGezag, Deny),
        (A::ParentWithoutGezag, Deny),
        (A::YoungAdult, Deny),
        (A::Youth16To17, Deny),
        (A::Youth12To15, Deny),
        (A::ChildUnder12, Deny),
        (A::VasteProfessional, Allow),
        (A::SafetyTeam, Allow),
        (A::ProfessionalOnCase, Allow),
        (A::ProfessionalNotOnCase, Deny),
        (A::PersonNotOnCase, Deny),
        (A::ExPartner, Deny),
        (A::Reviewer, Deny),
        (A::Administrator, Deny),
        (A::CaseSystem, Allow),
        (A::SystemNotOnCase, Deny),
        (A::Anonymous, Deny),
    ];

    const MATRIX: &[(Action, &[(ActorKind, Decision)])] = &[
        (Action::GiveDecisionInput, OWN_LINE),
        (
            Action::HandleDecisionInput,
            &[
                (A::ParentWithGezag, Deny),
                (A::ParentWithoutGezag, Deny),
                (A::YoungAdult, Deny),
                (A::Youth16To17, Deny),
                (A::Youth12To15, Deny),
                (A::ChildUnder12, Deny),
                (A::VasteProfessional, Allow),
                (A::SafetyTeam, Allow),
                (A::ProfessionalOnCase, Allow),
                (A::ProfessionalNotOnCase, Deny),
                (A::PersonNotOnCase, Deny),
                (A::ExPartner, Deny),
                (A::Reviewer, Deny),
                (A::Administrator, Deny),
                (A::CaseSystem, Deny),
                (A::SystemNotOnCase, Deny),
                (A::Anonymous, Deny),
            ],
        ),
        (Action::ViewOwnThread, OWN_LINE),
        (Action::SendOwnMessage, OWN_LINE),
        (Action::RaiseUnsafeAlert, CHILDREN_AND_YOUTHS),
        (Action::ViewFamilyThreads, ANSWERERS),
        (Action::ReplyInThread, ANSWERERS),
        (Action::ViewFamilyMembers, FAMILY_AND_CASE_PROFESSIONALS),
        (Action::ViewFamilyAccess, VASTE_ONLY),
        (Action::IssueActivationCode, VASTE_ONLY),
        (Action::ViewCaseOverview, FAMILY_AND_CASE_PROFESSIONALS),
        (Action::ViewCasePicture, FAMILY_AND_CASE_PROFESSIONALS),
        (
            Action::ViewDocuments,
            &[
                (A::ParentWithGezag, Allow),
                (A::ParentWithoutGezag, Allow),
                (A::YoungAdult, Allow),
                (A::Youth16To17, Allow),
                (A::Youth12To15, Allow),
                (A::ChildUnder12, Deny),
                (A::VasteProfessional, Allow),
                (A::SafetyTeam, Allow),
                (A::ProfessionalOnCase, Allow),
                (A::ProfessionalNotOnCase, Deny),
                (A::PersonNotOnCase, Deny),
                (A::ExPartner, Deny),
                (A::Reviewer, Deny),
                (A::Administrator, Deny),
                (A::CaseSystem, Allow),
                (A::SystemNotOnCase, Deny),
                (A::Anonymous, Deny),
            ],
        ),
        (Action::ViewAccessLog, FAMILY_ONLY),
        (Action::KeepSummaryOnDevice, FAMILY_ONLY),
        (Action::EditCase, VASTE_AND_CASE_SYSTEM),
        (Action::EditFamily, VASTE_AND_CASE_SYSTEM),
        (Action::EditTeam, VASTE_ONLY),
        (Action::EditTimeline, PROFESSIONALS_ON_CASE),
        (Action::EditDecisions, PROFESSIONALS_ON_CASE),
        (Action::EditMeetings, PROFESSIONALS_ON_CASE),
        (Action::EditDocuments, PROFESSIONALS_ON_CASE),
        (
            Action::AcknowledgeChange,
            &[
                (A::ParentWithGezag, Allow),
                (A::ParentWithoutGezag, Allow),
                (A::YoungAdult, Allow),
                (A::Youth16To17, Allow),
                (A::Youth12To15, Allow),
                (A::ChildUnder12, Allow),
                (A::VasteProfessional, Deny),
                (A::SafetyTeam, Deny),
                (A::ProfessionalOnCase, Deny),
                (A::ProfessionalNotOnCase, Deny),
                (A::PersonNotOnCase, Deny),
                (A::ExPartner, Deny),
                (A::Reviewer, Deny),
                (A::Administrator, Deny),
                (A::CaseSystem, Deny),
                (A::SystemNotOnCase, Deny),
                (A::Anonymous, Deny),
            ],
        ),
    ];

    #[test]
    fn the_matrix_covers_every_action_and_actor_and_matches_the_policy() {
        for action in Action::ALL {
            let rows = MATRIX
                .iter()
                .find(|(a, _)| *a == action)
                .unwrap_or_else(|| panic!("no matrix rows for {action:?}"))
                .1;
            for actor in ActorKind::ALL {
                let expected = rows
                    .iter()
                    .find(|(k, _)| *k == actor)
                    .unwrap_or_else(|| panic!("no row for {actor:?} × {action:?}"))
                    .1;
                assert_eq!(decide(actor, action), expected, "{actor:?} × {action:?}");
            }
        }
    }

    #[test]
    fn nobody_outside_the_case_is_ever_allowed_anything() {
        for action in Action::ALL {
            for outsider in [
                A::ProfessionalNotOnCase,
                A::PersonNotOnCase,
                A::ExPartner,
                A::Reviewer,
                A::Administrator,
                A::SystemNotOnCase,
                A::Anonymous,
            ] {
                assert_eq!(decide(outsider, action), Deny, "{outsider:?} × {action:?}");
            }
        }
    }

    #[test]
    fn a_protected_field_reaches_only_its_owner_and_the_professionals_on_the_case() {
        for viewer in ActorKind::ALL {
            let expected = matches!(
                viewer,
                A::VasteProfessional | A::SafetyTeam | A::ProfessionalOnCase | A::CaseSystem
            );
            assert_eq!(may_see_contact(viewer, false, true), expected, "{viewer:?}");
            assert!(may_see_contact(viewer, true, true), "own, {viewer:?}");
        }
        assert!(may_see_contact(A::ParentWithGezag, false, false));
        assert!(!may_see_contact(A::ExPartner, false, false));
    }

    #[test]
    fn a_case_system_records_the_case_but_never_reads_the_familys_words() {
        for action in [
            Action::ViewOwnThread,
            Action::ViewFamilyThreads,
            Action::HandleDecisionInput,
            Action::GiveDecisionInput,
            Action::ViewAccessLog,
            Action::IssueActivationCode,
            Action::EditTeam,
        ] {
            assert_eq!(decide(A::CaseSystem, action), Deny, "{action:?}");
        }
        for action in [
            Action::EditCase,
            Action::EditDecisions,
            Action::EditDocuments,
        ] {
            assert_eq!(decide(A::CaseSystem, action), Allow, "{action:?}");
        }
    }

    #[test]
    fn the_closest_relation_wins() {
        assert_eq!(
            A::ParentWithGezag.min(A::PersonNotOnCase),
            A::ParentWithGezag
        );
        assert_eq!(
            A::VasteProfessional.min(A::ProfessionalOnCase),
            A::VasteProfessional
        );
    }

    #[test]
    fn a_family_member_sees_their_own_meetings_and_the_familys_not_anothers() {
        use MeetingVisibility::{Attendees, Family};
        for viewer in ActorKind::ALL {
            let on_case = decide(viewer, Action::ViewCasePicture) == Allow;
            let professional = matches!(
                viewer,
                A::VasteProfessional | A::SafetyTeam | A::ProfessionalOnCase | A::CaseSystem
            );
            assert_eq!(
                may_see_meeting(viewer, true, Attendees),
                on_case,
                "{viewer:?}"
            );
            assert_eq!(
                may_see_meeting(viewer, false, Family),
                on_case,
                "{viewer:?}"
            );
            assert_eq!(
                may_see_meeting(viewer, false, Attendees),
                professional,
                "{viewer:?}"
            );
        }
    }

    #[test]
    fn only_professionals_open_cases() {
        use super::super::Subject;
        assert!(may_open_case(&Subject::Professional("p".into())));
        assert!(!may_open_case(&Subject::Person("p".into())));
        assert!(!may_open_case(&Subject::Reviewer("r".into())));
        assert!(may_review(&Subject::Reviewer("r".into())));
        assert!(may_review(&Subject::Administrator("a".into())));
        for s in [
            Subject::Person("p".into()),
            Subject::Professional("p".into()),
            Subject::System("k".into()),
        ] {
            assert!(!may_review(&s), "{s:?}");
            assert!(!may_accept_wording(&s, true), "{s:?}");
        }
        assert!(!may_accept_wording(&Subject::Reviewer("r".into()), false));
        assert!(may_accept_wording(&Subject::Reviewer("r".into()), true));
        assert!(may_accept_wording(
            &Subject::Administrator("a".into()),
            false
        ));
        assert!(!may_open_case(&Subject::Administrator("a".into())));
        assert!(may_open_case(&Subject::System("k".into())));
        assert!(may_administer(&Subject::Administrator("a".into())));
        for s in [
            Subject::Person("p".into()),
            Subject::Professional("q".into()),
            Subject::Reviewer("r".into()),
            Subject::System("k".into()),
        ] {
            assert!(!may_administer(&s), "{s:?}");
        }
    }
}
