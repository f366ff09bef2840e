//! The actor kinds both authorization matrices try (`matrix.rs`: the server functions,
//! `service_matrix.rs`: the case services), and the expectation strings they share. One letter
//! per actor, in this order.

/// The actor kinds, in the column order of the expectation strings below.
pub const ACTORS: [&str; 15] = [
    "parent with gezag",
    "parent without gezag",
    "ex-partner",
    "young adult (18+)",
    "youth 16-17",
    "youth 12-15",
    "child under 12",
    "vaste professional",
    "veiligheidsteam member",
    "professional on the case",
    "professional not on the case",
    "person not on the case",
    "reviewer",
    "administrator",
    "anonymous",
];

/// Y: allowed (200, or a redirect for forms) · N: 404, the same as for something that does
/// not exist · U: 401, sign in first.
pub const FAMILY_AND_PROS: &str = "YYNYYYYYYYNNNNU";
pub const NO_CHILD_UNDER_12: &str = "YYNYYYNYYYNNNNU";
pub const FAMILY_ONLY: &str = "YYNYYYYNNNNNNNU";
pub const VASTE_ONLY: &str = "NNNNNNNYNNNNNNU";
pub const ANYONE_SIGNED_IN: &str = "YYYYYYYYYYYYYYU";
pub const NOBODY_BUT_OWNER: &str = "YNNNNNNNNNNNNNU";
pub const EVERYONE: &str = "YYYYYYYYYYYYYYY";
pub const OWN_LINE: &str = "YYNYYYNNNNNNNNU";
pub const LINE_OR_ANSWERER: &str = "YYNYYYNYYNNNNNU";
pub const ANSWERERS: &str = "NNNNNNNYYNNNNNU";
/// "Ik voel me niet veilig": every child and youth on the case, also under 12.
pub const CHILDREN_AND_YOUTHS: &str = "NNNYYYYNNNNNNNU";
pub const PROS_ON_CASE: &str = "NNNNNNNYYYNNNNU";
