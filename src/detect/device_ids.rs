//! Whole values that are one device's identifier by their shape alone,
//! under any key: a Sonos player id (`RINCON_` and the player's MAC), a
//! Google Nest SDM device's resource name, a Shelly device id (its model
//! and MAC), a Windows computer's generated name (`DESKTOP-7K2M4QF`) and a
//! Firebase push token (see `push_tokens`).

use crate::Category;

/// What a whole value is when its shape names one device, with the
/// evidence: `None` for every other value (most are ruled out by their
/// first byte).
pub(crate) fn whole_value_device_id(t: &str) -> Option<(Category, &'static str)> {
    match t.as_bytes().first()? {
        b'R' if is_sonos_player_id(t) => Some((Category::DeviceId, "value:sonos_player_id")),
        b'e' if is_nest_device_name(t) => Some((Category::DeviceId, "value:nest_device_name")),
        b's' if is_shelly_device_id(t) => Some((Category::DeviceId, "value:shelly_device_id")),
        b'D' | b'L' if is_windows_generated_name(t) => {
            Some((Category::DeviceId, "value:windows_computer_name"))
        }
        _ if super::push_tokens::is_fcm_registration_token(t) => {
            Some((Category::DeviceId, "value:fcm_registration_token"))
        }
        _ => None,
    }
}

/// `RINCON_347E5C0A1B2C01400`: `RINCON_`, the player's MAC in twelve hex
/// digits and a five-digit suffix; a group id adds `:` and a number
/// (`RINCON_347E5C0A1B2C01400:2081449887`).
fn is_sonos_player_id(t: &str) -> bool {
    let Some(rest) = t.strip_prefix("RINCON_") else {
        return false;
    };
    let (player, group) = match rest.split_once(':') {
        Some((p, g)) => (p, Some(g)),
        None => (rest, None),
    };
    let pb = player.as_bytes();
    pb.len() == 17
        && pb[..12].iter().all(u8::is_ascii_hexdigit)
        && pb[12..].iter().all(u8::is_ascii_digit)
        && group
            .is_none_or(|g| (1..=12).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()))
}

/// `enterprises/{project}/devices/{device}`: the SDM name of one
/// thermostat, camera or doorbell; the device part is a long opaque id.
fn is_nest_device_name(t: &str) -> bool {
    let mut parts = t.split('/');
    let (Some("enterprises"), Some(project), Some("devices"), Some(device), None) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return false;
    };
    !project.is_empty()
        && device.len() >= 20
        && device
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// `shellyplus1pm-a8032ab12c34`, `shelly1-A1B2C3`: `shelly`, the model,
/// a hyphen and the device's MAC (Gen2, twelve hex digits) or its last
/// three octets (Gen1, six). Shelly uses it as host name, MQTT id and
/// digest-auth realm.
fn is_shelly_device_id(t: &str) -> bool {
    let Some((model, mac)) = t.strip_prefix("shelly").and_then(|r| r.rsplit_once('-')) else {
        return false;
    };
    !model.is_empty()
        && model.len() <= 20
        && model.bytes().all(|b| b.is_ascii_alphanumeric())
        && matches!(mac.len(), 6 | 12)
        && mac.bytes().all(|b| b.is_ascii_hexdigit())
        && mac.bytes().any(|b| b.is_ascii_digit())
}

/// `DESKTOP-7K2M4QF`, `LAPTOP-0A1B2C3D`: the name Windows gives a new
/// computer, `DESKTOP-` or `LAPTOP-` and seven or eight random capitals and
/// digits, with both kinds in them (`DESKTOP-SUPPORT` is a role).
pub(crate) fn is_windows_generated_name(t: &str) -> bool {
    let Some(rest) = t
        .strip_prefix("DESKTOP-")
        .or_else(|| t.strip_prefix("LAPTOP-"))
    else {
        return false;
    };
    matches!(rest.len(), 7 | 8)
        && rest
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && rest.bytes().any(|b| b.is_ascii_digit())
        && rest.bytes().any(|b| b.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::whole_value_device_id;
    use crate::Category;

    #[test]
    fn device_ids_by_shape() {
        for (t, c) in [
            ("RINCON_347E5C0A1B2C01400", Category::DeviceId),
            ("RINCON_347E5C0A1B2C01400:2081449887", Category::DeviceId),
            ("RINCON_000E58A1B2C301400", Category::DeviceId),
            ("shellyplus1pm-a8032ab12c34", Category::DeviceId),
            ("shelly1-A1B2C3", Category::DeviceId),
            ("shellyswitch25-98CDAC0D01B2", Category::DeviceId),
            ("DESKTOP-7K2M4QF", Category::DeviceId),
            ("LAPTOP-0A1B2C3D", Category::DeviceId),
            (
                "enterprises/3f6a1c2e-7b8d/devices/AVPHwEuBfnPOnTqzVFT4IONX2Qqhu9EJ4ubO",
                Category::DeviceId,
            ),
        ] {
            assert_eq!(whole_value_device_id(t).map(|(c, _)| c), Some(c), "{t}");
        }
    }

    #[test]
    fn look_alikes_stay() {
        for t in [
            "RINCON",
            "RINCON_",
            "RINCON_347E5C0A1B2C",
            "RINCON_347E5C0A1B2C01400:",
            "RINCON_347E5C0A1B2C01400:group",
            "Rincon Valley",
            "shelly",
            "shelly-abcdef",
            "shellyplus1pm",
            "shelly1-ABCDEF",
            "shellyplus1pm-a8032ab12c3",
            "DESKTOP-SUPPORT",
            "DESKTOP-1234567",
            "Desktop-7K2M4QF",
            "LAPTOP-7K2",
            "enterprises/p1/structures/AVPHwEtyzgT-vvKxxEj_6y8qXk0Pr5Bq1jn7T1Aqw",
            "enterprises/p1/devices/short",
            "enterprises/p1/devices/AVPHwEuBfnPOnTqzVFT4IONX2Qqhu9EJ4ubO/events",
            // A Zigbee endpoint address is left to its key (the corpus
            // keeps Hue's `config.uniqueid`).
            "00:17:88:01:02:3a:4b:5c-0b",
            "",
        ] {
            assert_eq!(whole_value_device_id(t), None, "{t}");
        }
    }
}
