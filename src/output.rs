//! Writing a file the user asked for: whole or not at all, and never
//! through a link or onto a device.
//!
//! The new text goes to a temporary file with a random name, created
//! exclusively (`O_EXCL`) in the target's folder, synced, given the old
//! file's permissions, and renamed over the target. A target that is a
//! symbolic link, a device, a FIFO or a folder is refused before anything
//! is written, and so is a file marked read-only (even for a user who could
//! write it anyway); a failure leaves the target as it was and removes the
//! temporary file.

use std::io::Write;
use std::path::Path;

pub fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let refuse = |why: &str| {
        Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            why.to_string(),
        ))
    };
    let old = match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            return refuse("it is a symbolic link; lexcompat does not write through links")
        }
        Ok(meta) if !meta.is_file() => {
            return refuse("it is not a regular file (a folder, a device or a FIFO)")
        }
        Ok(meta) if meta.permissions().readonly() => {
            return refuse("it is read-only; lexcompat does not write over a protected file")
        }
        Ok(meta) => Some(meta.permissions()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let prefix = format!(".{file_name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    // A new file gets the permissions any new file gets (0666 less the
    // umask), not the temporary file's private 0600.
    #[cfg(unix)]
    if old.is_none() {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut temporary = builder.tempfile_in(folder)?;
    temporary.write_all(text.as_bytes())?;
    temporary.as_file().sync_all()?;
    if let Some(permissions) = old {
        temporary.as_file().set_permissions(permissions)?;
    }
    temporary.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::write_atomically;

    #[test]
    fn a_new_file_is_written_whole_and_an_old_one_keeps_its_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.md");
        write_atomically(&path, "first").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "first");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
            write_atomically(&path, "second").unwrap();
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "second");
        // Nothing is left behind.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let (new, plain) = (dir.path().join("new.md"), dir.path().join("plain"));
            write_atomically(&new, "new").unwrap();
            std::fs::write(&plain, "plain").unwrap();
            let mode = |p| std::fs::metadata(p).unwrap().permissions().mode();
            assert_eq!(mode(&new), mode(&plain), "as any new file, under the umask");
            std::fs::remove_file(&new).unwrap();
            std::fs::remove_file(&plain).unwrap();
        }
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_a_device_and_a_folder_are_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, "keep me").unwrap();
        let link = dir.path().join("report.md");
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        assert!(write_atomically(&link, "x").is_err());
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert!(write_atomically(std::path::Path::new("/dev/null"), "x").is_err());
        assert!(write_atomically(dir.path(), "x").is_err());
    }

    #[cfg(unix)]
    #[test]
    fn a_read_only_file_is_refused_even_where_its_folder_could_take_a_new_one() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("protected.lex");
        std::fs::write(&path, "keep me").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
        let error = write_atomically(&path, "x").unwrap_err();
        assert!(error.to_string().contains("read-only"), "{error}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "keep me");
    }
}
