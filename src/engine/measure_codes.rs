//! Numeric measure-type codes of smart-scale and health APIs.
//!
//! Withings' `getmeas` answers `measuregrps[*].measures[*]` with objects such
//! as `{"value": 65750, "type": 1, "unit": -3}`: the number under `type`
//! names what `value` holds (1 is weight, 88 bone mass). The code table
//! below is Withings' published list of measure types; each code maps to a
//! key name the lexicon knows, so the pair machinery takes it from there.

/// Keys of arrays whose elements are `{value, type, unit}` measures.
pub(crate) fn is_measure_list_key(folded_key: &str) -> bool {
    matches!(folded_key, "measures" | "measure" | "meas")
}

/// The key name a measure-type code stands for, if it is a body or health
/// measurement.
pub(crate) fn measure_name(code: u32) -> Option<&'static str> {
    Some(match code {
        1 => "weight",
        4 => "height",
        5 => "fat_free_mass",
        6 => "fat_ratio",
        8 => "fat_mass",
        9 => "diastolic_blood_pressure",
        10 => "systolic_blood_pressure",
        11 => "heart_pulse",
        12 | 71 => "body_temperature",
        54 => "spo2",
        73 => "skin_temperature",
        76 => "muscle_mass",
        77 => "hydration",
        88 => "bone_mass",
        91 => "pulse_wave_velocity",
        123 => "vo2_max",
        130 | 139 => "afib",
        135 => "qrs_interval",
        136 => "pr_interval",
        137 => "qt_interval",
        138 => "qtc_interval",
        155 => "vascular_age",
        167 => "nerve_health_score",
        168 => "extracellular_water",
        169 => "intracellular_water",
        170 => "visceral_fat",
        173 => "fat_free_mass",
        174 => "fat_mass",
        175 => "muscle_mass",
        226 => "basal_metabolic_rate",
        _ => return None,
    })
}

/// The measure a unit belongs to when only body measurements use it
/// (`mg/dL` glucose, `mmHg` blood pressure, `bpm` pulse); `kg`, `cm` and
/// `%` also weigh parcels and size screens, so they say nothing.
pub(crate) fn measure_of_unit(unit: &str) -> Option<&'static str> {
    let u = unit.trim().to_ascii_lowercase();
    Some(match u.as_str() {
        "mg/dl" | "mmol/l" | "mg/dl/min" | "mmol/l/min" => "glucose",
        "mmhg" => "blood_pressure",
        "bpm" | "beats/min" | "count/min" | "beats per minute" => "heart_rate",
        "breaths/min" | "brpm" => "respiratory_rate",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn health_units() {
        for (u, m) in [
            ("mg/dL", "glucose"),
            ("mmol/L", "glucose"),
            ("mmHg", "blood_pressure"),
            ("bpm", "heart_rate"),
            ("count/min", "heart_rate"),
        ] {
            assert_eq!(measure_of_unit(u), Some(m), "{u}");
            assert_eq!(
                classify_key(m).category,
                Some(Category::HealthMetric),
                "{m}"
            );
        }
        for u in ["kg", "cm", "%", "ms", "km/h", "GB"] {
            assert_eq!(measure_of_unit(u), None, "{u}");
        }
    }

    use super::*;
    use crate::keys::classify_key;
    use crate::Category;

    #[test]
    fn every_code_names_a_health_key() {
        let misses: Vec<&str> = (0..300)
            .filter_map(measure_name)
            .filter(|name| classify_key(name).category != Some(Category::HealthMetric))
            .collect();
        assert!(misses.is_empty(), "not health keys: {misses:?}");
    }

    #[test]
    fn unknown_codes_name_nothing() {
        for code in [0, 2, 3, 7, 13, 999] {
            assert_eq!(measure_name(code), None, "{code}");
        }
    }

    #[test]
    fn measure_lists() {
        assert!(is_measure_list_key("measures"));
        assert!(!is_measure_list_key("measuregrps"));
        assert!(!is_measure_list_key("items"));
    }
}
