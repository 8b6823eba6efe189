//! The account name inside a home directory path (`/home/jdoe/.ssh`,
//! `PWD=/home/jdoe`, `/Users/annaw/Library`, `C:\Users\jdoe\AppData`,
//! `\\fs01\home$\nweiss`): audit, process and file-integrity events carry
//! it in working directories, executables and file paths. Default, CI and
//! service accounts (`ubuntu`, `runner`, `Public`) and web routes
//! (`/home/index`) are no one's login.

/// Cue of a home directory; the match ends where the account name starts.
/// The Unix forms are matched with their case (`/home/`, `/Users/`).
pub const HOME_PATH_CUE: &str =
    r"(?:/home/|/Users/|(?-u:\b)[A-Za-z]:\\{1,2}(?i:users)\\{1,2}|\\(?i:home)\$?\\{1,2})";

/// The account name shape after [`HOME_PATH_CUE`] (searched anchored).
pub const HOME_PATH_USER: &str = r"[A-Za-z0-9_][A-Za-z0-9_.\-]{0,31}";

/// Accounts that images, CI runners and operating systems create, the
/// shared profile folders, placeholders written in documentation, and web
/// routes under `/home/`. Compared without regard to case.
const NOT_PERSONAL: &[&str] = &[
    "user",
    "username",
    "yourname",
    "your_username",
    "you",
    "me",
    "myuser",
    "foo",
    "example",
    "test",
    "demo",
    "guest",
    "nobody",
    "runner",
    "runneradmin",
    "ubuntu",
    "ec2-user",
    "centos",
    "debian",
    "fedora",
    "alpine",
    "admin",
    "administrator",
    "root",
    "pi",
    "vagrant",
    "git",
    "node",
    "app",
    "www",
    "www-data",
    "jenkins",
    "circleci",
    "travis",
    "docker",
    "vscode",
    "codespace",
    "gitpod",
    "coder",
    "linuxbrew",
    "azureuser",
    "opc",
    "builder",
    "build",
    "ci",
    "deploy",
    "shared",
    "public",
    "default",
    "containeradministrator",
    "containeruser",
    "wdagutilityaccount",
    "postgres",
    "oracle",
    "elastic",
    "kibana",
    "logstash",
    "hadoop",
    "index",
    "about",
    "privacy",
    "contact",
    "dashboard",
    "feed",
    "login",
    "logout",
    "error",
    "main",
    "page",
    "welcome",
    "news",
    "home",
    "search",
    "settings",
];

/// The length of the account name `user` read after the home directory
/// cue `cue`, or `None` when it is no person's login: a Unix path must
/// stand inside a text, where `before` (the text before the cue) ends
/// where a path starts (a URL's `/home/` route is inside a longer path);
/// `rest` (what follows the name) must go on as a path or end the value,
/// and the name must not be a default account.
/// Unix names are lower case (`useradd`'s rule), which also passes over
/// `/Users/Details/5` routes.
pub fn home_path_user(before: &str, cue: &str, user: &str, rest: &str) -> Option<usize> {
    let user = user.trim_end_matches(['.', '-']);
    let unix = cue.starts_with('/');
    if unix {
        // A Unix path that is the whole value (`PWD: "/home/noah"`) is
        // left to its key; inside a line it is where someone worked.
        let prev = *before.as_bytes().last()?;
        let path_start = prev.is_ascii_whitespace()
            || matches!(
                prev,
                b'=' | b'"' | b'\'' | b':' | b'(' | b'[' | b',' | b';' | b'>' | b'|'
            );
        if !path_start {
            return None;
        }
    }
    let ends = rest.is_empty()
        || rest.starts_with([
            '/', '\\', ' ', '\t', '\n', '\r', '"', '\'', ';', ')', ',', ']', ':',
        ]);
    let shape = if unix {
        user.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
            && !user.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        user.bytes().any(|b| b.is_ascii_alphabetic())
    };
    let generic = NOT_PERSONAL.iter().any(|w| user.eq_ignore_ascii_case(w));
    (ends && shape && user.len() >= 2 && !generic).then_some(user.len())
}

/// The byte span of the account name in a home directory path that is a
/// whole value (`/home/jdoe`, `/Users/jdoe/src`, a bind mount
/// `/home/jdoe/data:/data`): for keys that name a directory, where the
/// path is no web route.
pub fn home_dir_value_user(value: &str) -> Option<(usize, usize)> {
    let cue = ["/home/", "/Users/"]
        .into_iter()
        .find(|c| value.starts_with(c))?;
    let rest = value.get(cue.len()..)?;
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')))
        .unwrap_or(rest.len());
    let segment = rest.get(..end)?;
    // `/home/index.html`: a web route's page, no home directory.
    if end == rest.len() && is_file_name(segment) {
        return None;
    }
    let len = home_path_user("=", cue, segment, rest.get(end..)?)?;
    Some((cue.len(), cue.len() + len))
}

/// A file name with a common extension (`index.html`, `app.py`).
fn is_file_name(segment: &str) -> bool {
    segment.rsplit_once('.').is_some_and(|(_, ext)| {
        [
            "html", "htm", "php", "asp", "aspx", "jsp", "js", "css", "json", "txt", "py", "md",
            "xml", "png", "jpg", "jpeg", "gif", "svg", "pdf", "log", "csv", "yml", "yaml", "sh",
            "rb", "go", "java",
        ]
        .contains(&ext)
    })
}

/// Whether a folded key (see `fold_key`) names a directory or a mount:
/// `HOME`, `GOPATH`, `ansible_user_dir`, `defaultCloneDirectory`, docker
/// `Binds` and compose `volumes`, a shell's `PWD` and `cwd`, a stack
/// frame's `filename`: a home directory in any of them names its user.
pub fn is_directory_key(folded: &str) -> bool {
    folded.ends_with("dir")
        || folded.ends_with("directory")
        || folded.ends_with("folder")
        || matches!(
            folded,
            "home"
                | "gopath"
                | "binds"
                | "volumes"
                | "homepath"
                | "userprofile"
                // The shell's working directories and a source file's path
                // (a stack frame's `filename`).
                | "pwd"
                | "oldpwd"
                | "cwd"
                | "file"
                | "filename"
                | "filepath"
                | "abspath"
                | "absolutepath"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user<'a>(before: &str, cue: &str, text: &'a str) -> Option<&'a str> {
        let end = text
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')))
            .unwrap_or(text.len());
        let len = home_path_user(before, cue, &text[..end], &text[end..])?;
        Some(&text[..len])
    }

    #[test]
    fn home_directories() {
        assert_eq!(user("cd ", "/home/", "tmercier"), Some("tmercier"));
        assert_eq!(
            user("PWD=", "/home/", "amaliafr ; USER=root"),
            Some("amaliafr")
        );
        assert_eq!(
            user("cat ", "/home/", "tmercier/.ssh/id_rsa"),
            Some("tmercier")
        );
        assert_eq!(
            user("open '", "/Users/", "annaw/Library/Logs"),
            Some("annaw")
        );
        assert_eq!(user("", "C:\\Users\\", "JDoe"), Some("JDoe"));
        assert_eq!(user("", "C:\\Users\\", "JDoe\\AppData"), Some("JDoe"));
        assert_eq!(user("\\\\fs01", "\\home$\\", "nweiss"), Some("nweiss"));
    }

    #[test]
    fn whole_home_directory_values() {
        let user = |v: &'static str| home_dir_value_user(v).map(|(s, e)| &v[s..e]);
        assert_eq!(user("/home/kwame"), Some("kwame"));
        assert_eq!(user("/Users/oskar.lindgren/src"), Some("oskar.lindgren"));
        assert_eq!(user("/home/dmitri/pgdata:/var/lib/data"), Some("dmitri"));
        assert_eq!(user("/home/ubuntu/app"), None);
        assert_eq!(user("/var/lib/jdoe"), None);
        assert_eq!(user("/Users/Shared"), None);
        assert!(is_directory_key("ansibleuserdir"));
        assert!(is_directory_key("home"));
        assert!(is_directory_key("pwd"));
        assert!(is_directory_key("filename"));
        assert!(!is_directory_key("path"));
        assert!(!is_directory_key("url"));
        assert_eq!(home_dir_value_user("/home/index.html"), None);
        assert_eq!(home_dir_value_user("/home/jdoe/index.html"), Some((6, 10)));
        assert_eq!(home_dir_value_user("/Users/oskar.lindgren"), Some((7, 21)));
        assert!(!is_directory_key("path"));
    }

    #[test]
    fn not_logins() {
        assert_eq!(user("https://example.com", "/home/", "jdoe"), None);
        assert_eq!(user("", "/home/", "noah/projects"), None);
        assert_eq!(user(" ", "/home/", "runner/work/repo"), None);
        assert_eq!(user(" ", "/home/", "ubuntu"), None);
        assert_eq!(user(" ", "/home/", "index"), None);
        assert_eq!(user(" ", "/Users/", "Details/5"), None);
        assert_eq!(user(" ", "/Users/", "2819c223"), None);
        assert_eq!(user("", "C:\\Users\\", "Public\\Desktop"), None);
        assert_eq!(user(" ", "/home/", "jdoe?tab=1"), None);
    }
}
