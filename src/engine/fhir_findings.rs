//! FHIR elements whose coded value is a patient's finding.
//!
//! In a clinical resource most codes say what was looked at: an
//! Observation's `code` (`29463-7 Body Weight`) names the measure, not the
//! result. Some elements instead hold the result itself, written as a
//! CodeableConcept: the smoking status in an Observation's
//! `valueCodeableConcept`, the drug of a MedicationRequest, the vaccine of
//! an Immunization, and the `code` of a Condition (the diagnosis). Their
//! `text`, `coding[*].display` and `coding[*].code` are health data.

/// Resource types whose own `code` is the finding (a Condition's
/// diagnosis, an allergy's substance, a procedure done to the patient).
pub(crate) fn code_is_finding(resource_type: &str) -> bool {
    matches!(
        resource_type,
        "Condition" | "AllergyIntolerance" | "Procedure" | "FamilyMemberHistory"
    )
}

/// Elements of a clinical resource that hold the patient's finding as a
/// CodeableConcept (or, for `dosageInstruction`, as a Dosage's text).
pub(crate) fn is_finding_element(key: &str) -> bool {
    matches!(
        key,
        "valueCodeableConcept"
            | "medicationCodeableConcept"
            | "vaccineCode"
            | "conclusionCode"
            | "reasonCode"
            | "dosageInstruction"
    )
}

/// The keys of a CodeableConcept (or a Dosage) that carry its meaning in
/// words or as a code, by the frame they sit in: `text` on the concept,
/// `display` and `code` on one of its codings.
pub(crate) fn is_concept_text(key: &str) -> bool {
    key == "text"
}

/// See [`is_concept_text`].
pub(crate) fn is_coding_value(key: &str) -> bool {
    matches!(key, "display" | "code")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn findings_and_measures() {
        assert!(code_is_finding("Condition"));
        assert!(
            !code_is_finding("Observation"),
            "an Observation's code names the measure"
        );
        assert!(is_finding_element("medicationCodeableConcept"));
        assert!(is_finding_element("vaccineCode"));
        assert!(!is_finding_element("code"));
        assert!(!is_finding_element("category"));
        assert!(is_coding_value("display") && !is_coding_value("system"));
        assert!(is_concept_text("text"));
    }
}
