//! Smart-home hub exports, rule by rule: device ids by their shape, rooms
//! that name no person, Home Assistant readings, device addresses and
//! device names that say whose.

mod common;

use common::{keeps, redact, removes};

#[test]
fn device_ids_by_shape_under_any_key() {
    let out = redact(
        r#"{"coordinatorId":"RINCON_347E5C0A1B2C01400","group":"RINCON_347E5C0A1B2C01400:2081449887","name":"enterprises/p-1/devices/AVPHwEuBfnPOnTqzVFT4IONX2Qqhu9EJ4ubO","id":"shellyplus1pm-a8032ab12c34","host":"DESKTOP-7K2M4QF"}"#,
    );
    for v in [
        "RINCON_",
        "AVPHwEuBfnPOn",
        "a8032ab12c34",
        "DESKTOP-7K2M4QF",
    ] {
        removes(&out, v);
    }
}

#[test]
fn rooms_name_no_person_but_an_owner_names_a_device() {
    let out = redact(
        r#"{"players":[{"id":"x1","name":"Kitchen","softwareVersion":"77.4"},{"id":"x2","name":"Living Room"},{"id":"x3","name":"Olivia's Room"}]}"#,
    );
    keeps(&out, r#""Kitchen""#);
    keeps(&out, r#""Living Room""#);
    removes(&out, "Olivia");
}

#[test]
fn home_assistant_sensors_name_readings() {
    let out = redact(
        r#"[{"entity_id":"sensor.attic_temperature","state":"14.2","attributes":{"friendly_name":"Attic Temperature"}},{"entity_id":"binary_sensor.garage_door","state":"off","attributes":{"friendly_name":"Garage Door"}},{"entity_id":"sensor.tomasz_phone_battery","state":"81","attributes":{"friendly_name":"Tomasz's Phone Battery"}},{"entity_id":"light.porch","state":"off","attributes":{"friendly_name":"Porch Lantern"}}]"#,
    );
    keeps(&out, "Attic Temperature");
    keeps(&out, "Garage Door");
    removes(&out, "Tomasz's Phone");
    removes(&out, "Porch Lantern");
}

#[test]
fn a_device_keys_address_and_versions() {
    let out = redact(
        r#"{"gateway":"192.168.4.1","router":"10.0.0.1","hub":"4.9.6.156","firmware":"2.1.15.3","netmask":"255.255.255.0"}"#,
    );
    removes(&out, "192.168.4.1");
    removes(&out, "10.0.0.1");
    keeps(&out, "4.9.6.156");
    keeps(&out, "2.1.15.3");
    keeps(&out, "255.255.255.0");
}

#[test]
fn owners_after_the_device_and_counters() {
    let out = redact(
        r#"{"whitelist":{"a1":{"name":"Hue 3#iPhone von Jonas"},"a2":{"name":"iConnectHue#iPad"}},"place":{"name":"Office de Tourisme"},"ring":[{"description":"Mateo's Doorbell"},{"description":"Back Garden"}],"shelly":{"serial":3412,"mac":"A8032AB12C34"},"did":"278346151","stats":{"lat_ms":14,"fps":15}}"#,
    );
    removes(&out, "Jonas");
    keeps(&out, "iConnectHue#iPad");
    keeps(&out, "Office de Tourisme");
    removes(&out, "Mateo");
    keeps(&out, "Back Garden");
    keeps(&out, r#""serial":3412"#);
    removes(&out, "278346151");
    keeps(&out, r#""lat_ms":14"#);
}

#[test]
fn fixed_names_of_software_are_no_ones_device() {
    let out = redact(
        r#"[{"ieee_address":"0x00124b001cd4f5e6","type":"Coordinator","friendly_name":"Coordinator"},{"ieee_address":"0x0017880104a5b6c7","type":"Router","friendly_name":"Lucas Bedroom Lamp"}]"#,
    );
    keeps(&out, r#""friendly_name":"Coordinator""#);
    removes(&out, "Lucas Bedroom Lamp");
    removes(&out, "0x00124b001cd4f5e6");
}

#[test]
fn a_device_shaped_network_name_is_an_ssid() {
    // A Shelly's own access point is named after the device: under an SSID
    // key it is the network, under an id key the device.
    let out = redact(
        r#"{"wifi_ap":{"enabled":true,"ssid":"shelly1pm-98CDAC1F2E3A"},"device":{"id":"shelly1pm-98CDAC1F2E3A"}}"#,
    );
    assert!(out.contains(r#""ssid":"[WIFI_SSID]""#), "{out}");
    assert!(out.contains(r#""id":"[DEVICE_ID]""#), "{out}");
}
