//! "Ons gezin": the family members on a case, with contact details filtered per viewer.

use super::AppBackend;
use crate::access::{policy::may_see_contact, Action, DataKind};
use crate::store;
use app::api::types::{FamilyMember, FamilyView};
use app::api::AppError;
use app::domain::{age_on, FamilyRelation, Subject};

impl AppBackend {
    pub(super) async fn family_view(
        &self,
        who: &Subject,
        case_id: &str,
    ) -> Result<FamilyView, AppError> {
        let (grant, today) = self
            .grant(who, Action::ViewFamilyMembers, DataKind::Family, case_id)
            .await?;
        let header = self.header(&grant).await?;
        let viewer_person = match who {
            Subject::Person(id) => id.as_str(),
            _ => "",
        };
        let see_protected = may_see_contact(grant.actor(), false, true);
        let rows =
            store::people::family_members(&self.db, &grant, viewer_person, see_protected, today)
                .await?;
        let members = rows
            .into_iter()
            .filter_map(|r| {
                let relation = FamilyRelation::from_key(&r.relation)?;
                let age = (relation == FamilyRelation::Child)
                    .then(|| {
                        store::parse_date(&r.birth_date)
                            .map(|b| u8::try_from(age_on(b, today)).unwrap_or(u8::MAX))
                    })
                    .flatten();
                let blank = |v: Option<String>| v.filter(|s| !s.trim().is_empty());
                Some(FamilyMember {
                    name: format!("{} {}", r.given_name, r.family_name),
                    relation,
                    age,
                    gezag: r.has_gezag == 1,
                    you: r.id == viewer_person,
                    address: blank(r.address),
                    phone: blank(r.phone),
                    email: blank(r.email),
                })
            })
            .collect();
        Ok(FamilyView { header, members })
    }
}
