//! Record types of the generated dump. Each record type uses its own keys
//! (snake_case, camelCase, German), so a wildcard path always carries one
//! label; decoys (media sizes, fonts, parcels, versions, ids, aggregates)
//! sit next to the personal data.

use super::build::{obj, pii, plain, text, Node};
use super::values as v;
use crate::rng::Rng;
use serde_json::Value;

fn wrap(r: &mut Rng, index: &str, source: Node) -> Node {
    obj(vec![
        ("_index", plain(index)),
        ("_type", plain("_doc")),
        ("_id", plain(v::alnum(r, 20))),
        ("_score", plain(1.0)),
        ("_source", source),
    ])
}

/// One record; `n` is its number in the dump.
pub fn record(r: &mut Rng, n: u64) -> Node {
    if n % 500 == 499 {
        return stats(r);
    }
    match r.below(100) {
        0..=9 => user_snake(r),
        10..=17 => user_camel(r),
        18..=24 => kunde(r),
        25..=39 => device(r),
        40..=54 => weighing(r),
        55..=69 => api_log(r),
        70..=76 => oauth(r),
        77..=83 => order(r),
        84..=89 => wearable(r),
        90..=94 => ticket(r),
        95..=97 => integration(r),
        _ => employee(r),
    }
}

fn user_snake(r: &mut Rng) -> Node {
    let p = v::person(r);
    let (city, country) = *r.pick(v::CITIES);
    let age = 2024u64.saturating_sub(p.year);
    let src = obj(vec![
        ("id", plain(v::uuid(r))),
        ("username", pii("username", p.user.clone())),
        ("email", pii("email", p.email.clone())),
        ("email_verified", plain(r.chance(80))),
        ("first_name", pii("person_name", p.first)),
        ("last_name", pii("person_name", p.last)),
        ("phone_number", pii("phone", v::phone(r))),
        (
            "birth_date",
            pii(
                "date_of_birth",
                format!("{}-{:02}-{:02}", p.year, p.month, p.day),
            ),
        ),
        (
            "gender",
            pii(
                "demographic",
                *r.pick(&["M", "F", "male", "female", "diverse"]),
            ),
        ),
        ("age", pii("demographic", age)),
        (
            "address",
            obj(vec![
                ("street", pii("postal_address", v::street(r))),
                ("zip", pii("postal_address", v::postcode(r, country))),
                ("country", plain(country)),
            ]),
        ),
        ("password_hash", pii("password", v::bcrypt(r))),
        ("mfa_enabled", plain(r.chance(30))),
        ("password_changed_at", plain(v::date(r, 2021, 2024))),
        ("last_login_ip", pii("ip_address", v::ipv4(r))),
        (
            "avatar",
            obj(vec![
                (
                    "url",
                    plain(format!(
                        "https://cdn.example.com/avatars/{}.jpg",
                        v::hex(r, 16)
                    )),
                ),
                ("width", plain(256)),
                ("height", plain(*r.pick(&[256u64, 512]))),
            ]),
        ),
        ("plan", plain(*r.pick(&["free", "plus", "family"]))),
        ("locale", plain(*r.pick(&["en-US", "de-DE", "en-GB"]))),
        (
            "timezone",
            plain(if city == "Berlin" {
                "Europe/Berlin"
            } else {
                "UTC"
            }),
        ),
        ("created_at", plain(v::date(r, 2016, 2024))),
    ]);
    wrap(r, "users-v1", src)
}

fn user_camel(r: &mut Rng) -> Node {
    let p = v::person(r);
    let src = obj(vec![
        ("userId", plain(v::uuid(r))),
        ("login", pii("username", p.user.clone())),
        ("emailAddress", pii("email", p.email.clone())),
        ("emailVerified", plain(r.chance(70))),
        (
            "fullName",
            pii("person_name", format!("{} {}", p.first, p.last)),
        ),
        ("mobile", pii("phone", v::phone(r))),
        (
            "dateOfBirth",
            pii(
                "date_of_birth",
                format!("{}-{:02}-{:02}", p.year, p.month, p.day),
            ),
        ),
        ("sex", pii("demographic", r.range(1, 2))),
        (
            "homeLocation",
            obj(vec![
                ("lat", pii("geo_location", r.float(30.0, 55.0, 5))),
                ("lon", pii("geo_location", r.float(-120.0, 15.0, 5))),
            ]),
        ),
        (
            "preferences",
            obj(vec![
                ("units", plain(*r.pick(&["metric", "imperial"]))),
                (
                    "font",
                    obj(vec![
                        ("family", plain(*r.pick(&["Inter", "Roboto", "Noto Sans"]))),
                        ("weight", plain(*r.pick(&[400u64, 500, 700]))),
                        ("size", plain(14)),
                    ]),
                ),
                ("tokenTtl", plain(3600)),
            ]),
        ),
        ("createdAt", plain(v::date(r, 2016, 2024))),
        ("lastSeen", plain(v::date(r, 2024, 2024))),
    ]);
    wrap(r, "accounts", src)
}

fn kunde(r: &mut Rng) -> Node {
    let p = v::person(r);
    let src = obj(vec![
        ("kundennummer", plain(format!("K-{}", v::digits(r, 7)))),
        ("benutzername", pii("username", p.user.clone())),
        ("e_mail", pii("email", p.email.clone())),
        ("vorname", pii("person_name", p.first)),
        ("nachname", pii("person_name", p.last)),
        ("telefon", pii("phone", v::phone(r))),
        (
            "geburtsdatum",
            pii(
                "date_of_birth",
                format!("{:02}.{:02}.{}", p.day, p.month, p.year),
            ),
        ),
        ("geschlecht", pii("demographic", *r.pick(&["w", "m", "d"]))),
        ("alter", pii("demographic", 2024u64.saturating_sub(p.year))),
        (
            "anschrift",
            obj(vec![
                ("strasse", pii("postal_address", v::street(r))),
                ("plz", pii("postal_address", v::postcode(r, "DE"))),
            ]),
        ),
        ("groesse", pii("health_metric", r.range(150, 200))),
        ("gewicht", pii("health_metric", r.float(48.0, 130.0, 1))),
        ("newsletter", plain(r.chance(40))),
        ("angelegt_am", plain(v::date(r, 2018, 2024))),
    ]);
    wrap(r, "kunden", src)
}

fn device(r: &mut Rng) -> Node {
    let p = v::person(r);
    let kind = *r.pick(&["echo_dot", "smart_scale", "thermostat", "camera", "tracker"]);
    let nickname = match r.below(4) {
        0 => format!("{}'s Echo Dot", p.first),
        1 => String::from(*r.pick(&["Küche", "Wohnzimmer", "Kids Room", "Garage"])),
        2 => format!("{} Bathroom Scale", p.last),
        _ => format!("{}s Tracker", p.first),
    };
    let mut entries = vec![
        ("deviceId", pii("device_id", v::uuid(r))),
        ("owner", obj(vec![("email", pii("email", p.email.clone()))])),
        ("friendlyName", pii("device_id", nickname)),
        ("type", plain(kind)),
        (
            "serialNumber",
            pii(
                "device_id",
                format!("G090XG{}", v::alnum(r, 10).to_ascii_uppercase()),
            ),
        ),
        ("mac", pii("mac_address", v::mac(r, ":", false))),
        (
            "wifi",
            obj(vec![
                ("ssid", pii("wifi_ssid", v::ssid(r, &p))),
                ("bssid", pii("mac_address", v::mac(r, ":", true))),
                ("ssid_hidden", plain(r.chance(5))),
                ("security", plain(*r.pick(&["WPA2-PSK", "WPA3-SAE"]))),
                ("rssi", plain(-(r.range(35, 85) as i64))),
                ("channel", plain(*r.pick(&[1u64, 6, 11, 36, 44]))),
            ]),
        ),
        ("ip", pii("ip_address", v::ipv4(r))),
        ("firmware_ver", plain(v::firmware(r))),
        ("hw_version", plain(*r.pick(&["0.0.0.0", "1.0", "2.1.0"]))),
        ("registeredAt", plain(v::date(r, 2019, 2024))),
    ];
    if kind == "tracker" {
        entries.push(("imei", pii("device_id", v::imei(r))));
        entries.push(("ipv6", pii("ip_address", v::ipv6(r))));
    }
    wrap(r, "devices", obj(entries))
}

fn weighing(r: &mut Rng) -> Node {
    let kg = r.float(45.0, 140.0, 1);
    let height = r.range(150, 200) as f64;
    let bmi = ((kg / (height / 100.0).powi(2)) * 10.0).round() / 10.0;
    let src = obj(vec![
        ("measurementId", plain(v::uuid(r))),
        ("scaleMac", pii("mac_address", v::mac(r, "-", true))),
        ("userId", plain(v::uuid(r))),
        ("timestamp", plain(v::date(r, 2022, 2024))),
        ("weight", pii("health_metric", kg)),
        (
            "weightLbs",
            pii("health_metric", (kg * 22.046).round() / 10.0),
        ),
        ("height", pii("health_metric", height)),
        ("bmi", pii("health_metric", bmi)),
        ("boneMass", pii("health_metric", r.float(2.0, 4.0, 1))),
        ("bodyFat", pii("health_metric", r.float(8.0, 40.0, 1))),
        ("muscleMass", pii("health_metric", r.float(30.0, 70.0, 1))),
        ("goalWeight", pii("health_metric", r.float(55.0, 95.0, 0))),
        ("unit", plain("kg")),
        ("battery", plain(r.range(5, 100))),
        ("firmware", plain(v::firmware(r))),
    ]);
    wrap(r, "scale-measurements", src)
}

fn wearable(r: &mut Rng) -> Node {
    let sys = r.range(105, 150);
    let src = obj(vec![
        ("sample_id", plain(v::uuid(r))),
        (
            "device_serial",
            pii("device_id", format!("FB{}", v::digits(r, 10))),
        ),
        ("recorded_at", plain(v::date(r, 2023, 2024))),
        ("steps", pii("health_metric", r.range(0, 25000))),
        ("heart_rate", pii("health_metric", r.range(48, 160))),
        ("spo2", pii("health_metric", r.range(90, 100))),
        ("sleep_minutes", pii("health_metric", r.range(240, 560))),
        (
            "blood_pressure",
            pii("health_metric", format!("{sys}/{}", r.range(65, 95))),
        ),
        ("battery_level", plain(r.range(1, 100))),
        ("sync_source", plain(*r.pick(&["ios", "android", "web"]))),
    ]);
    wrap(r, "wearable-samples", src)
}

fn url_encode_email(e: &str) -> String {
    e.replace('@', "%40")
}

fn api_log(r: &mut Rng) -> Node {
    let p = v::person(r);
    let ip = v::ipv4(r);
    let proxy = v::ipv4(r);
    let status = *r.pick(&[200u64, 200, 200, 201, 204, 401, 404, 500]);
    let bytes = r.range(0, 20000);
    let ua = *r.pick(&[
        "okhttp/4.9.3",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X)",
        "Alexa/2.2 (Linux)",
        "curl/8.4.0",
    ]);
    let mut spans = vec![("ip_address", ip.clone())];
    let target = if r.chance(40) {
        let enc = url_encode_email(&p.email);
        spans.push(("email", enc.clone()));
        format!("/api/v1/users?email={enc}&page={}", r.range(1, 5))
    } else {
        format!("/api/v1/devices/{}/status", v::hex(r, 12))
    };
    let sub = v::uuid(r);
    let bearer = format!("Bearer {}", v::jwt(r, &sub));
    let message = format!(
        "{ip} - - [{:02}/Oct/2024:{:02}:{:02}:{:02} +0000] \"GET {target} HTTP/1.1\" {status} {bytes} \"-\" \"{ua}\"",
        r.range(1, 28),
        r.below(24),
        r.below(60),
        r.below(60)
    );
    let src = obj(vec![
        ("@timestamp", plain(v::date(r, 2024, 2024))),
        ("message", text(message, spans)),
        ("client_ip", pii("ip_address", ip.clone())),
        (
            "x_forwarded_for",
            pii("ip_address", format!("{ip}, {proxy}")),
        ),
        (
            "request",
            obj(vec![
                ("method", plain("GET")),
                (
                    "path",
                    plain(target.split('?').next().unwrap_or("/").to_string()),
                ),
                (
                    "headers",
                    obj(vec![
                        ("authorization", pii("jwt", bearer)),
                        ("x-request-id", plain(v::uuid(r))),
                        ("user-agent", plain(ua)),
                    ]),
                ),
            ]),
        ),
        (
            "response",
            obj(vec![
                ("status", plain(status)),
                ("bytes", plain(bytes)),
                ("latency_ms", plain(r.range(1, 900))),
            ]),
        ),
        ("trace_id", plain(v::hex(r, 32))),
        ("commit", plain(v::hex(r, 40))),
    ]);
    wrap(r, "api-logs", src)
}

fn oauth(r: &mut Rng) -> Node {
    let p = v::person(r);
    let (provider, access, refresh, scope) = match r.below(4) {
        0 => (
            "amazon",
            v::alexa_access(r),
            Some(v::alexa_refresh(r)),
            "alexa::ask:skills:readwrite",
        ),
        1 => (
            "google",
            v::google_access(r),
            None,
            "https://www.googleapis.com/auth/fitness.body.read",
        ),
        2 => ("slack", v::slack_token(r), None, "chat:write,channels:read"),
        _ => ("github", v::github_oauth(r), None, "repo,read:user"),
    };
    let src = obj(vec![
        ("provider", plain(provider)),
        ("user", obj(vec![("email", pii("email", p.email.clone()))])),
        ("access_token", pii("oauth_token", access)),
        (
            "refresh_token",
            refresh
                .map(|t| pii("oauth_token", t))
                .unwrap_or_else(|| plain(Value::Null)),
        ),
        ("token_type", plain("Bearer")),
        ("expires_in", plain(3600)),
        ("scope", plain(scope)),
        ("grant_type", plain("authorization_code")),
        ("issued_at", plain(v::date(r, 2024, 2024))),
    ]);
    wrap(r, "oauth-tokens", src)
}

fn order(r: &mut Rng) -> Node {
    let p = v::person(r);
    let (_, country) = *r.pick(v::CITIES);
    let (card_number, brand) = v::card(r);
    let items: Vec<Node> = (0..r.range(1, 3))
        .map(|_| {
            obj(vec![
                ("sku", plain(format!("SC-{}", v::digits(r, 6)))),
                (
                    "isbn",
                    plain(*r.pick(&["978-3-16-148410-0", "978-0-306-40615-7", "9780262033848"])),
                ),
                (
                    "partNumber",
                    plain(format!(
                        "{}-{:02}-{:04}",
                        *r.pick(&["000", "666"]),
                        r.range(10, 99),
                        r.range(1000, 9999)
                    )),
                ),
                ("price", plain(r.float(4.0, 199.0, 2))),
                ("qty", plain(r.range(1, 4))),
            ])
        })
        .collect();
    let src = obj(vec![
        ("orderId", plain(v::order_id(r))),
        (
            "customer",
            obj(vec![
                (
                    "name",
                    pii("person_name", format!("{} {}", p.first, p.last)),
                ),
                ("email", pii("email", p.email.clone())),
            ]),
        ),
        (
            "payment",
            obj(vec![
                ("card_number", pii("payment_card", card_number)),
                ("brand", plain(brand)),
                ("iban", pii("iban", v::iban(r))),
                ("reference", plain(v::bad_iban(r))),
            ]),
        ),
        (
            "shipping",
            obj(vec![
                (
                    "trackingNumber",
                    plain(format!("1Z{}", v::alnum(r, 16).to_ascii_uppercase())),
                ),
                (
                    "parcel",
                    obj(vec![
                        ("weight", plain(r.float(0.2, 20.0, 1))),
                        ("height", plain(r.range(5, 60))),
                        ("width", plain(r.range(10, 60))),
                        ("length", plain(r.range(10, 80))),
                    ]),
                ),
                (
                    "address",
                    obj(vec![
                        ("street", pii("postal_address", v::street(r))),
                        ("zip", pii("postal_address", v::postcode(r, country))),
                    ]),
                ),
            ]),
        ),
        ("items", Node::Arr(items)),
        ("total", plain(r.float(4.0, 600.0, 2))),
        ("currency", plain(*r.pick(&["EUR", "USD", "GBP"]))),
        ("created_at", plain(v::date(r, 2023, 2024))),
    ]);
    wrap(r, "orders", src)
}

fn ticket(r: &mut Rng) -> Node {
    let p = v::person(r);
    let phone = v::phone(r);
    let german = r.chance(50);
    let body = if german {
        format!(
            "Hallo, meine Waage zeigt seit dem Update {} falsche Werte. Bitte melden Sie sich unter {} oder {}. Danke!",
            v::firmware(r),
            p.email,
            phone
        )
    } else {
        format!(
            "Hi, my Echo stopped syncing after firmware {}. You can reach me at {} or call {}. Thanks",
            v::firmware(r),
            p.email,
            phone
        )
    };
    let src = obj(vec![
        ("ticketId", plain(format!("T-{}", v::digits(r, 6)))),
        (
            "subject",
            plain(if german {
                "Waage synchronisiert nicht"
            } else {
                "Device not syncing"
            }),
        ),
        (
            "body",
            text(body, vec![("email", p.email.clone()), ("phone", phone)]),
        ),
        ("lang", plain(if german { "de" } else { "en" })),
        ("status", plain(*r.pick(&["open", "pending", "closed"]))),
        ("created_at", plain(v::date(r, 2023, 2024))),
    ]);
    wrap(r, "support-tickets", src)
}

fn integration(r: &mut Rng) -> Node {
    let mut entries = vec![];
    match r.below(5) {
        4 => {
            let p = v::person(r);
            let secret = v::alnum(r, 14);
            entries.push(("service", plain("docker_registry")));
            entries.push(("registry", plain("registry.example.com")));
            entries.push((
                "auth",
                pii(
                    "password",
                    v::b64std(format!("{}:{secret}", p.user).as_bytes()),
                ),
            ));
        }
        0 => {
            entries.push(("service", plain("stripe")));
            entries.push((
                "apiKey",
                pii("api_key", format!("sk_live_{}", v::alnum(r, 24))),
            ));
            entries.push((
                "publishableKey",
                plain(format!("pk_live_{}", v::alnum(r, 24))),
            ));
        }
        1 => {
            entries.push(("service", plain("sendgrid")));
            entries.push((
                "apiKey",
                pii(
                    "api_key",
                    format!("SG.{}.{}", v::alnum(r, 22), v::alnum(r, 43)),
                ),
            ));
        }
        2 => {
            entries.push(("service", plain("google_maps")));
            entries.push(("apiKey", pii("api_key", format!("AIza{}", v::alnum(r, 35)))));
        }
        _ => {
            entries.push(("service", plain("aws")));
            entries.push((
                "aws_access_key_id",
                pii(
                    "api_key",
                    format!("AKIA{}", v::alnum(r, 16).to_ascii_uppercase()),
                ),
            ));
            entries.push(("aws_secret_access_key", pii("api_key", v::alnum(r, 40))));
            entries.push(("region", plain("eu-central-1")));
        }
    }
    entries.push(("enabled", plain(true)));
    entries.push(("updated_at", plain(v::date(r, 2023, 2024))));
    wrap(r, "integrations", obj(entries))
}

fn employee(r: &mut Rng) -> Node {
    let p = v::person(r);
    let src = obj(vec![
        ("employee_no", plain(format!("E{}", v::digits(r, 5)))),
        (
            "full_name",
            pii("person_name", format!("{} {}", p.first, p.last)),
        ),
        ("ssn", pii("national_id", v::ssn(r))),
        ("bank", obj(vec![("iban", pii("iban", v::iban(r)))])),
        (
            "department",
            plain(*r.pick(&["Firmware", "Support", "Data", "Sales"])),
        ),
        ("salary_band", plain(*r.pick(&["L3", "L4", "L5"]))),
        ("start_date", plain(v::date(r, 2015, 2024))),
    ]);
    wrap(r, "hr-employees", src)
}

fn stats(r: &mut Rng) -> Node {
    let src = obj(vec![
        ("day", plain(v::date(r, 2024, 2024))),
        ("active_users", plain(r.range(10_000, 90_000))),
        ("avg_weight", plain(r.float(70.0, 85.0, 2))),
        ("avg_bmi", plain(r.float(23.0, 27.0, 2))),
        ("avg_age", plain(r.float(30.0, 45.0, 1))),
        ("p95_latency_ms", plain(r.range(100, 900))),
        (
            "firmware_versions",
            Node::Arr((0..3).map(|_| plain(v::firmware(r))).collect()),
        ),
    ]);
    wrap(r, "stats-daily", src)
}
