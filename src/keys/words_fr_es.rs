//! French and Spanish words of the key lexicon, folded (accents dropped,
//! `ñ` -> `n`) and concatenated (`motdepasse`, `fechanacimiento`).

use super::words::{f, m, q, Def, Table};
use crate::Category as C;

/// French and Spanish entries.
pub(crate) static FR_ES: Table = &[
    // ---- email
    (
        &[
            "courriel",
            "correo",
            "correoelectronico",
            "adressemail",
            "adresseemail",
            "adressecourriel",
            "correos",
        ],
        Def::strong(C::Email, "key:email").sib(f::PERSON),
    ),
    // ---- username
    (
        &[
            "nomutilisateur",
            "nomdutilisateur",
            "usuario",
            "usuarios",
            "nombreusuario",
            "nombredeusuario",
            "nomdeconnexion",
        ],
        Def::strong(C::Username, "key:username").sib(f::PERSON),
    ),
    (
        &["utilisateur", "utilisateurs"],
        Def::ctx(C::Username, "key:user")
            .both(f::PERSON)
            .q(q::PERSON)
            .m(m::QUAL_HEAD),
    ),
    (
        &["pseudo", "apodo", "surnom"],
        Def::ctx(C::Username, "key:nickname").sib(f::PERSON),
    ),
    // ---- person_name
    (
        &[
            "prenom",
            "prenoms",
            "nomdefamille",
            "nomfamille",
            "nomcomplet",
            "patronyme",
            "nombre",
            "apellido",
            "apellidos",
            "nombrecompleto",
            "primernombre",
            "segundonombre",
            "primerapellido",
            "segundoapellido",
            "nombres",
            "nomdenaissance",
            "titulaire",
            "nomtitulaire",
        ],
        Def::strong(C::PersonName, "key:person_name").sib(f::PERSON),
    ),
    (
        &["nom", "noms"],
        Def::ctx(C::PersonName, "key:name").m(m::DEFER | m::WEAK),
    ),
    // ---- phone
    (
        &[
            "telefono",
            "movil",
            "celular",
            "telefonos",
            "numerotelephone",
            "numerodetelephone",
            "telephoneportable",
            "telefonomovil",
            "telefonocelular",
            "numerotelefono",
            "numerodetelefono",
            "numerocelular",
            "numeromovil",
        ],
        Def::strong(C::Phone, "key:phone").sib(f::PERSON),
    ),
    (&["portable"], Def::ctx(C::Phone, "key:phone")),
    // ---- postal_address
    (
        &[
            "calle",
            "direccion",
            "domicilio",
            "adressepostale",
            "direccionpostal",
            "numerorue",
            "nomrue",
            "numerocalle",
            "direcciones",
            "avenida",
        ],
        Def::strong(C::PostalAddress, "key:street")
            .sib(f::PERSON)
            .sib(f::GEO),
    ),
    // `voie` is also a railway track: decided by the object.
    (
        &["voie", "nomvoie", "libellevoie"],
        Def::ctx(C::PostalAddress, "key:street").sib(f::GEO),
    ),
    // The road type (`rue`, `bd`) alone names no address.
    (&["typevoie", "typedevoie"], Def::kill()),
    (
        &["numerovoie", "numerodevoie", "numvoie"],
        Def::ctx(C::PostalAddress, "key:house_number").sib(f::GEO),
    ),
    (
        &[
            "rue",
            "codepostal",
            "ville",
            "commune",
            "codigopostal",
            "ciudad",
            "localidad",
            "municipio",
            "colonia",
            "poblacion",
        ],
        Def::ctx(C::PostalAddress, "key:postcode").sib(f::GEO),
    ),
    // ---- date_of_birth
    (
        &[
            "datedenaissance",
            "datenaissance",
            "fechanacimiento",
            "fechadenacimiento",
            "anniversaire",
            "cumpleanos",
            "fnacimiento",
            // abbreviated: `Fecha de nac.`, `fecha_nac`, `FEC_NAC`
            "fechadenac",
            "fechanac",
            "fecnac",
            "ddn",
        ],
        Def::strong(C::DateOfBirth, "key:date_of_birth").sib(f::PERSON),
    ),
    (
        &["naissance", "nacimiento"],
        Def::ctx(C::DateOfBirth, "key:birth"),
    ),
    // ---- demographic
    (
        &["sexe", "sexo", "genero"],
        Def::strong(C::Demographic, "key:gender").sib(f::PERSON),
    ),
    // The salutation (`Mme`, `M.`, `Mlle`) gives the gender away, like
    // the German `Anrede`.
    (
        &["civilite"],
        Def::strong(C::Demographic, "key:gender").sib(f::PERSON),
    ),
    (
        &["estadocivil", "etnia", "situationfamiliale", "ethnie"],
        Def::strong(C::Demographic, "key:demographic").sib(f::PERSON),
    ),
    (
        &["edad"],
        Def::ctx(C::Demographic, "key:age")
            .sib(f::PERSON)
            .m(m::TRAILING_META),
    ),
    // A nationality is a word (`française`), no age number.
    (
        &["nacionalidad", "nationalite"],
        Def::ctx(C::Demographic, "key:nationality").sib(f::PERSON),
    ),
    // ---- network
    (
        &["nomreseau", "nombrered", "reseauwifi", "redwifi"],
        Def::strong(C::WifiSsid, "key:ssid").both(f::WIFI),
    ),
    (
        &[
            "localisation",
            "ubicacion",
            "latitud",
            "longitud",
            "coordenadas",
            "coordonnees",
        ],
        Def::ctx(C::GeoLocation, "key:geo").sib(f::GEO),
    ),
    (
        &["numerodeserie", "numeroserie", "numserie"],
        Def::strong(C::DeviceId, "key:device_id").sib(f::DEVICE),
    ),
    // ---- secrets
    (
        &[
            "motdepasse",
            "mdp",
            "contrasena",
            "contrasenia",
            "contrasenas",
            "senha",
            "wachtwoord",
            "motsdepasse",
        ],
        Def::strong(C::Password, "key:password").sib(f::SECRETS),
    ),
    (&["clave"], Def::ctx(C::Password, "key:pin")),
    // ---- payment
    (
        &[
            "numerocarte",
            "cartebancaire",
            "cartedecredit",
            "cryptogramme",
            "numerotarjeta",
            "tarjetadecredito",
            "tarjetacredito",
            "numerodetarjeta",
            "numerodecarte",
        ],
        Def::strong(C::PaymentCard, "key:card_number").sib(f::PERSON),
    ),
    (&["tarjeta", "carte"], Def::ctx(C::PaymentCard, "key:card")),
    (
        &[
            "rib",
            "numerodecompte",
            "comptebancaire",
            "numerocompte",
            "numerocuenta",
            "cuentabancaria",
            "numerodecuenta",
            "clabe",
        ],
        Def::strong(C::Iban, "key:iban").sib(f::PERSON),
    ),
    (
        &[
            "numerofiscal",
            "numeropasseport",
            "carteidentite",
            "cni",
            "nif",
            "cedula",
            "numeropasaporte",
            "seguridadsocial",
            "nss",
            "cuil",
            "cuit",
            "rut",
        ],
        Def::strong(C::NationalId, "key:national_id").sib(f::PERSON),
    ),
    (
        &["passeport", "pasaporte"],
        Def::ctx(C::NationalId, "key:passport"),
    ),
    (
        &["rfc"],
        Def::ctx(C::NationalId, super::words::scheme_keys::MX_RFC),
    ),
    // ---- health
    (
        &[
            "frequencecardiaque",
            "tensionarterielle",
            "pressionarterielle",
            "glycemie",
            "massegrasse",
            "massemusculaire",
            "masseosseuse",
            "imc",
            "grasacorporal",
            "masamuscular",
            "frecuenciacardiaca",
            "presionarterial",
            "tensionarterial",
            "glucosa",
            "masaosea",
            "aguacorporal",
            "eaucorporelle",
            "grassecorporelle",
        ],
        Def::strong(C::HealthMetric, "key:health").sib(f::HEALTH),
    ),
    (
        &[
            "poids",
            "peso",
            "altura",
            "estatura",
            "sommeil",
            "sueno",
            "calorias",
            "pasos",
            "temperatura",
            "pulso",
            "taillecm",
        ],
        Def::ctx(C::HealthMetric, "key:health_context"),
    ),
    (
        &["identifiant", "identifiants"],
        Def::ctx(C::Username, "key:username"),
    ),
    (
        &[
            "numerodocumento",
            "numerodedocumento",
            "documentoidentidad",
            "documentodeidentidad",
            "numeroidentificacion",
            "numerocni",
        ],
        Def::strong(C::NationalId, "key:national_id").sib(f::PERSON),
    ),
    (
        &["documento", "documentos"],
        Def::ctx(C::NationalId, "key:national_id"),
    ),
    (
        &[
            "lieudenaissance",
            "lieunaissance",
            "lugardenacimiento",
            "lugarnacimiento",
        ],
        Def::ctx(C::PostalAddress, "key:birthplace").sib(f::PERSON),
    ),
    // ---- persons
    (
        &[
            "membre",
            "membres",
            "personne",
            "personnes",
            "employe",
            "employes",
            "abonne",
            "abonnes",
            "cliente",
            "clientes",
            "paciente",
            "pacientes",
            "persona",
            "personas",
            "miembro",
            "miembros",
            "empleado",
            "empleados",
            "contacto",
            "contactos",
            "socio",
            "socios",
            "titular",
            "destinataire",
            "destinatario",
            "remitente",
            "expediteur",
        ],
        Def::plain().q(q::PERSON).par(f::PERSON),
    ),
    (
        &[
            "produit",
            "produits",
            "producto",
            "productos",
            "entreprise",
            "empresa",
            "societe",
            "fichier",
            "archivo",
            "imagen",
            "articulo",
            "marca",
            "categoria",
            "titre",
            "titulo",
            "prix",
            "precio",
            "proyecto",
            "projet",
            "servicio",
            "aplicacion",
            "police",
            "fuente",
            "mascota",
        ],
        Def::plain().q(q::THING).both(f::THING),
    ),
    (
        &["numero", "valeur", "valor", "donnees", "datos"],
        Def::transparent(),
    ),
    (&["cantidad"], Def::meta_prefix().sib(f::AGG)),
    (
        &[
            "de", "du", "des", "la", "le", "les", "d", "et", "del", "el", "los", "las", "y", "e",
        ],
        Def::filler(),
    ),
    (
        &[
            "verifie",
            "active",
            "fecha",
            "tipo",
            "verificado",
            "confirmado",
        ],
        Def::meta(),
    ),
    // Statistics tables: one row per group of people, not a person.
    (
        &[
            "statistique",
            "statistiques",
            "estadistica",
            "estadisticas",
            "estatisticas",
            "statistiche",
            "statistieken",
        ],
        Def::plain().q(q::THING).par(f::AGG),
    ),
];
