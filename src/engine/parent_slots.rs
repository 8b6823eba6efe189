//! Keys whose meaning the parent key changes, in the shapes fake-data
//! generators and demo APIs write (randomuser.me `location.street: {number,
//! name}` and `registered: {date, age}`):
//!
//! - the `name` of a `street` is the street's name, part of the postal
//!   address, no person's name;
//! - the `age` of a `registered` (or `registration`, `signup`,
//!   `membership`) object is how many years the account exists, no
//!   person's age.
//!
//! Only the parent's own key decides; both keys are compared folded
//! (ASCII letters and digits, lower case), so `Street.Name` and
//! `street_address.name` match too.

/// What a key means under its parent key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ParentSlot {
    /// The name of a street: part of the postal address.
    StreetName,
    /// A count of years or a date of an account, not of a person.
    AccountAge,
}

/// Folded parent keys whose `name` is a street's.
const STREETS: &[&str] = &["street", "streetaddress", "road", "strasse", "calle", "rua"];

/// Folded parent keys of an account's registration.
const REGISTRATIONS: &[&str] = &[
    "registered",
    "registration",
    "signup",
    "membership",
    "membersince",
];

/// What `folded` (a folded key) means under `parent_folded` (its parent's
/// folded key), when the parent changes it.
pub(crate) fn slot_under(parent_folded: &str, folded: &str) -> Option<ParentSlot> {
    match folded {
        "name" | "streetname" if STREETS.contains(&parent_folded) => Some(ParentSlot::StreetName),
        "age" if REGISTRATIONS.contains(&parent_folded) => Some(ParentSlot::AccountAge),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gen4_street_name_is_an_address() {
        assert_eq!(slot_under("street", "name"), Some(ParentSlot::StreetName));
        assert_eq!(
            slot_under("streetaddress", "name"),
            Some(ParentSlot::StreetName)
        );
        // A person's or a company's name keeps its meaning.
        assert_eq!(slot_under("user", "name"), None);
        assert_eq!(slot_under("company", "name"), None);
        assert_eq!(slot_under("streets", "number"), None);
    }

    #[test]
    fn gen4_registration_age_is_no_persons_age() {
        assert_eq!(
            slot_under("registered", "age"),
            Some(ParentSlot::AccountAge)
        );
        assert_eq!(
            slot_under("registration", "age"),
            Some(ParentSlot::AccountAge)
        );
        // `dob: {date, age}` is the person's.
        assert_eq!(slot_under("dob", "age"), None);
        assert_eq!(slot_under("registered", "date"), None);
    }
}
