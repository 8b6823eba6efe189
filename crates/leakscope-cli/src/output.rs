//! Output sinks: stdout (`-`) or a file written atomically (a temporary file
//! in the same directory, renamed over the target only on success).

use crate::exit::CliError;
use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// Where output goes.
pub enum Sink {
    /// Standard output.
    Stdout(BufWriter<io::Stdout>),
    /// An existing special file (`/dev/null`, a FIFO) written in place:
    /// renaming over it would replace the device.
    Special(BufWriter<File>, PathBuf),
    /// A temporary file that becomes `target` on [`Sink::commit`].
    File {
        /// Open temporary file.
        file: BufWriter<File>,
        /// Temporary path.
        temp: PathBuf,
        /// Final path.
        target: PathBuf,
        /// Committed already (do not remove on drop).
        done: bool,
    },
}

impl Sink {
    /// Opens `path` (`-` is stdout).
    pub fn create(path: &Path) -> Result<Sink, CliError> {
        if path.as_os_str() == "-" {
            return Ok(Sink::Stdout(BufWriter::with_capacity(
                1 << 16,
                io::stdout(),
            )));
        }
        let name = path.display().to_string();
        if fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
            let file = fs::OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(|e| CliError::io(&name, &e))?;
            return Ok(Sink::Special(
                BufWriter::with_capacity(1 << 16, file),
                path.to_path_buf(),
            ));
        }
        let file_name = path
            .file_name()
            .ok_or_else(|| CliError::usage(format!("{name}: not a file name")))?;
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let mut temp_name = std::ffi::OsString::from(".");
        temp_name.push(file_name);
        temp_name.push(format!(".leakscope-{}.tmp", std::process::id()));
        let temp = dir.join(temp_name);
        let file = File::create(&temp).map_err(|e| CliError::io(&name, &e))?;
        Ok(Sink::File {
            file: BufWriter::with_capacity(1 << 16, file),
            temp,
            target: path.to_path_buf(),
            done: false,
        })
    }

    /// Name for messages.
    pub fn name(&self) -> String {
        match self {
            Sink::Stdout(_) => String::from("<stdout>"),
            Sink::Special(_, path) => path.display().to_string(),
            Sink::File { target, .. } => target.display().to_string(),
        }
    }

    /// Flushes and, for files, renames the temporary file over the target.
    pub fn commit(mut self) -> Result<(), CliError> {
        let name = self.name();
        match &mut self {
            Sink::Stdout(w) => w.flush().map_err(|e| CliError::io(&name, &e)),
            Sink::Special(w, _) => w.flush().map_err(|e| CliError::io(&name, &e)),
            Sink::File {
                file,
                temp,
                target,
                done,
            } => {
                file.flush().map_err(|e| CliError::io(&name, &e))?;
                file.get_ref()
                    .sync_all()
                    .map_err(|e| CliError::io(&name, &e))?;
                fs::rename(&*temp, &*target).map_err(|e| CliError::io(&name, &e))?;
                *done = true;
                Ok(())
            }
        }
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(w) => w.write(buf),
            Sink::Special(w, _) => w.write(buf),
            Sink::File { file, .. } => file.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Sink::Stdout(w) => w.write_all(buf),
            Sink::Special(w, _) => w.write_all(buf),
            Sink::File { file, .. } => file.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(w) => w.flush(),
            Sink::Special(w, _) => w.flush(),
            Sink::File { file, .. } => file.flush(),
        }
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        if let Sink::File { temp, done, .. } = self {
            if !*done {
                // Never leave a half-written file behind.
                let _ = fs::remove_file(&*temp);
            }
        }
    }
}

/// Writes `text` to `path` (`-` is stdout) atomically.
pub fn write_text(path: &Path, text: &str) -> Result<(), CliError> {
    let mut sink = Sink::create(path)?;
    let name = sink.name();
    sink.write_all(text.as_bytes())
        .and_then(|_| {
            if text.ends_with('\n') {
                Ok(())
            } else {
                sink.write_all(b"\n")
            }
        })
        .map_err(|e| CliError::io(&name, &e))?;
    sink.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir() -> PathBuf {
        let d = std::env::temp_dir().join(format!("leakscope-output-{}", std::process::id()));
        fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn dropped_sink_leaves_nothing() {
        let d = dir().join("a");
        fs::create_dir_all(&d).unwrap();
        let target = d.join("out.json");
        {
            let mut sink = Sink::create(&target).unwrap();
            sink.write_all(b"{\"half\":").unwrap();
        }
        assert!(!target.exists());
        assert_eq!(fs::read_dir(&d).unwrap().count(), 0);
    }

    #[test]
    fn special_files_are_written_in_place() {
        let mut sink = Sink::create(Path::new("/dev/null")).unwrap();
        sink.write_all(b"data").unwrap();
        sink.commit().unwrap();
        assert!(!fs::metadata("/dev/null").unwrap().is_file());
    }

    #[test]
    fn committed_sink_replaces_target() {
        let d = dir().join("b");
        fs::create_dir_all(&d).unwrap();
        let target = d.join("out.json");
        fs::write(&target, "old").unwrap();
        let mut sink = Sink::create(&target).unwrap();
        sink.write_all(b"new").unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "old");
        sink.commit().unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");
        assert_eq!(fs::read_dir(&d).unwrap().count(), 1);
    }
}
