//! Messaging, e-mail and support-conversation exports: the writer's name
//! under a closing, greetings and self-introductions in the languages
//! support desks write, a postcode named in a message, Slack's export file
//! token, a WhatsApp id, a Slack integration's message and server-minted
//! Message-IDs.

mod common;

use common::{keeps, redact, removes};

#[test]
fn the_name_under_a_closing_is_the_writer_s() {
    let out = redact(
        r#"{"body":"<p>Hi Gareth,</p><p>invoice 2024-0517 attached.</p><p>Kind regards,<br>Olwen Pritchard<br>Accounts Receivable</p>",
            "preview":"Thanks for your patience. Best regards, Tomás Ortega Customer Care",
            "de":"Vielen Dank.\nMit freundlichen Grüßen\nKonstantin Albrecht\nKundenservice",
            "es":"Gracias.\nSaludos,\nLucía Fernández Ortega",
            "nl":"Met vriendelijke groet,\nSanne Vermeulen",
            "chat":"ok, refund sent. Cheers,\nAyesha from Support"}"#,
    );
    for name in [
        "Olwen Pritchard",
        "Tomás Ortega",
        "Konstantin Albrecht",
        "Lucía Fernández Ortega",
        "Sanne Vermeulen",
        "Ayesha",
    ] {
        removes(&out, name);
    }
    keeps(&out, "Accounts Receivable");
    keeps(&out, "Customer Care");
    keeps(&out, "Kundenservice");
    keeps(&out, "from Support");
}

#[test]
fn closings_signed_by_a_team_or_a_mail_client_keep_their_words() {
    for text in [
        "Best regards,\nThe Acme Team",
        "Mit freundlichen Grüßen\nIhr Kundenservice",
        "Regards,\nSent from my iPhone",
        "Thanks, Apple Pay works now",
        "Thanks, we will check",
        "Best practices for Java",
        "Liebe Grüße, und bis bald",
    ] {
        let doc = format!(
            r#"{{"text":{}}}"#,
            serde_json::to_string(text).unwrap_or_default()
        );
        let out = redact(&doc);
        assert!(!out.contains("[PERSON_NAME]"), "{text}: {out}");
    }
}

#[test]
fn greetings_and_introductions_in_other_languages() {
    let out = redact(
        r#"[{"text":"Grazie Chiara! Qual è la tua email?"},
            {"text":"Merci Amélie !"},
            {"text":"Liebe Grüße,\nAnna"},
            {"text":"Buongiorno, sono Giulia Marchetti, il mio cellulare è 347 765 4321"},
            {"text":"Hola, me llamo Sergio Ibáñez y nací el 14/02/1979"}]"#,
    );
    for s in [
        "Chiara",
        "Amélie",
        "Anna",
        "Giulia Marchetti",
        "Sergio Ibáñez",
        "14/02/1979",
    ] {
        removes(&out, s);
    }
    keeps(&out, "Qual è la tua email?");
}

#[test]
fn a_postcode_named_in_a_message_is_an_address() {
    let out = redact(
        r#"[{"body":"my phone changed and my new postcode is SW1A 2AA, thanks"},
            {"body":"Neue Anschrift, PLZ: 10115"},
            {"body":"our zip code is 94107 please"},
            {"body":"mon code postal est 69003"},
            {"body":"zip archive of 12 files, code 4471"},
            {"body":"isbn 978-3-16-148410-0, phone ext 1234, zip 98052"}]"#,
    );
    removes(&out, "SW1A 2AA");
    removes(&out, "10115");
    removes(&out, "94107");
    removes(&out, "69003");
    keeps(&out, "zip 98052");
    keeps(&out, "zip archive of 12 files, code 4471");
}

#[test]
fn a_slack_export_file_token_is_an_oauth_token() {
    let out = redact(
        r#"{"files":[{"id":"F06AB12CD34","url_private":"https://files.slack.com/files-pri/T01ZX9Y8W7V-F06AB12CD34/scan.pdf?t=xoxe-4812730019-6983400127815-6975123398816-8f1e2d3c4b5a69788796a5b4c3d2e1f0"}]}"#,
    );
    removes(&out, "8f1e2d3c4b5a69788796a5b4c3d2e1f0");
    keeps(&out, "F06AB12CD34");
}

#[test]
fn a_whatsapp_id_is_the_phone_number() {
    let out = redact(
        r#"{"contacts":[{"profile":{"name":"Sheena Nwosu"},"wa_id":"16505553214"}],"metadata":{"phone_number_id":"106540352242922"}}"#,
    );
    removes(&out, "16505553214");
    removes(&out, "Sheena Nwosu");
    keeps(&out, "106540352242922");
}

#[test]
fn a_slack_integration_s_username_is_no_person_s() {
    let out = redact(
        r#"[{"type":"message","subtype":"bot_message","text":"Deploy finished","bot_id":"B03KLMNOPQR","username":"Deploy Bot"},
            {"type":"message","text":"ok","user":"U01","user_profile":{"real_name":"Mirko Santangelo","name":"mirko.santangelo"}}]"#,
    );
    keeps(&out, "Deploy Bot");
    removes(&out, "Mirko Santangelo");
    removes(&out, "mirko.santangelo");
}

#[test]
fn server_minted_message_ids_are_no_addresses() {
    let out = redact(
        r#"{"headers":[{"name":"Message-ID","value":"<20240520081120.3f9a1c@mail.kaffeerei.example.de>"},
                       {"name":"From","value":"Markus Ebner <markus.ebner@kaffeerei.example.de>"}],
            "event-data":{"message":{"headers":{"message-id":"20130503182626.18666.16540@sandbox.mailgun.org"}}}}"#,
    );
    keeps(&out, "20240520081120.3f9a1c@mail.kaffeerei.example.de");
    keeps(&out, "20130503182626.18666.16540@sandbox.mailgun.org");
    removes(&out, "markus.ebner@kaffeerei.example.de");
}

#[test]
fn a_number_after_a_phone_word_is_a_phone_in_any_national_layout() {
    let out = redact(
        r#"{"es":"Mi número es 612 34 56 78, llámame.",
            "in":"please call me on 98765 43210 after six",
            "fr":"mon numéro est 06-12-34-56-78",
            "de":"Handy: 0151 2345 6789",
            "order":"Your order number 612 34 56 78 has shipped",
            "when":"call scheduled 2024-11-15"}"#,
    );
    for phone in [
        "612 34 56 78, ll",
        "98765 43210",
        "06-12-34-56-78",
        "0151 2345 6789",
    ] {
        removes(&out, phone);
    }
    keeps(&out, "order number 612 34 56 78 has");
    keeps(&out, "2024-11-15");
}
