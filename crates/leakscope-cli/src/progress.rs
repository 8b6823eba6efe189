//! A progress bar on stderr (bytes, MB/s, ETA) shown only when stderr is a
//! terminal; otherwise every call is a no-op.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Progress over the raw (possibly compressed) input bytes.
pub struct Progress {
    bar: Option<ProgressBar>,
    raw_read: Arc<AtomicU64>,
}

impl Progress {
    /// A bar when `enabled` and stderr is a terminal, otherwise nothing.
    pub fn new(enabled: bool, total: Option<u64>, raw_read: Arc<AtomicU64>) -> Progress {
        let bar = (enabled && std::io::stderr().is_terminal()).then(|| {
            let bar = match total {
                Some(len) => {
                    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
                    if let Ok(style) = ProgressStyle::with_template(
                        "{spinner} {elapsed_precise} [{bar:30}] {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta}",
                    ) {
                        bar.set_style(style.progress_chars("=> "));
                    }
                    bar
                }
                None => {
                    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
                    if let Ok(style) = ProgressStyle::with_template(
                        "{spinner} {elapsed_precise} {bytes} {binary_bytes_per_sec}",
                    ) {
                        bar.set_style(style);
                    }
                    bar
                }
            };
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        Progress { bar, raw_read }
    }

    /// Updates the position from the raw byte counter.
    pub fn tick(&self) {
        if let Some(bar) = &self.bar {
            bar.set_position(self.raw_read.load(Ordering::Relaxed));
        }
    }

    /// Removes the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}
