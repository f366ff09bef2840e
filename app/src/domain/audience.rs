//! Who a text is written for. Fluent messages select their wording on this (`$audience`), and
//! the rights that apply follow from it.

use serde::{Deserialize, Serialize};

use super::policy::ActorKind;
use super::rights::Reader;
use super::AgeTier;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Audience {
    Parent,
    /// A child under 12.
    Child,
    /// A youth of 12 to 15.
    Youth,
    /// A youth of 16 or 17.
    Youth16,
    /// A young adult of 18 or older still on the case.
    Adult,
    /// A professional on the case, who sees the family's pages as the family does.
    Professional,
}

impl Audience {
    pub const ALL: [Audience; 6] = [
        Audience::Parent,
        Audience::Child,
        Audience::Youth,
        Audience::Youth16,
        Audience::Adult,
        Audience::Professional,
    ];

    /// The Fluent selector value.
    pub const fn key(self) -> &'static str {
        match self {
            Audience::Parent => "parent",
            Audience::Child => "child",
            Audience::Youth => "youth",
            Audience::Youth16 => "youth16",
            Audience::Adult => "adult",
            Audience::Professional => "professional",
        }
    }

    /// How texts are written for this reader.
    pub fn of(actor: ActorKind) -> Audience {
        match actor {
            ActorKind::ParentWithGezag | ActorKind::ParentWithoutGezag => Audience::Parent,
            ActorKind::ChildUnder12 => Audience::Child,
            ActorKind::Youth12To15 => Audience::Youth,
            ActorKind::Youth16To17 => Audience::Youth16,
            ActorKind::YoungAdult => Audience::Adult,
            _ => Audience::Professional,
        }
    }

    /// Whose rights a page lists for this reader. Professionals see every right, worded as
    /// for parents.
    pub fn reader(actor: ActorKind) -> Reader {
        match actor {
            ActorKind::ParentWithGezag => Reader::Parent { gezag: true },
            ActorKind::ParentWithoutGezag => Reader::Parent { gezag: false },
            ActorKind::ChildUnder12 => Reader::Child(AgeTier::Under12),
            ActorKind::Youth12To15 => Reader::Child(AgeTier::From12To15),
            ActorKind::Youth16To17 => Reader::Child(AgeTier::From16To17),
            ActorKind::YoungAdult => Reader::Child(AgeTier::Adult),
            _ => Reader::Parent { gezag: true },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_family_actor_reads_texts_for_their_age_and_professionals_read_their_own() {
        assert_eq!(
            Audience::of(ActorKind::ParentWithoutGezag),
            Audience::Parent
        );
        assert_eq!(Audience::of(ActorKind::ChildUnder12), Audience::Child);
        assert_eq!(Audience::of(ActorKind::Youth12To15), Audience::Youth);
        assert_eq!(Audience::of(ActorKind::Youth16To17), Audience::Youth16);
        assert_eq!(Audience::of(ActorKind::YoungAdult), Audience::Adult);
        assert_eq!(Audience::of(ActorKind::SafetyTeam), Audience::Professional);
        let keys: std::collections::BTreeSet<_> = Audience::ALL.iter().map(|a| a.key()).collect();
        assert_eq!(keys.len(), Audience::ALL.len());
    }
}
