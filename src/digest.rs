//! A stable digest for identities that must not change between runs,
//! platforms or releases (fingerprints, the corpus version): 64-bit FNV-1a,
//! unlike std's randomly seeded hasher.

/// An FNV-1a hash being fed.
#[derive(Debug, Clone, Copy)]
pub struct Digest(u64);

impl Default for Digest {
    fn default() -> Digest {
        Digest(0xcbf2_9ce4_8422_2325)
    }
}

impl Digest {
    pub fn update(&mut self, bytes: &[u8]) -> &mut Digest {
        for byte in bytes {
            self.0 ^= u64::from(*byte);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
        self
    }

    /// The hash itself.
    pub fn value(&self) -> u64 {
        self.0
    }

    /// Sixteen hexadecimal digits.
    pub fn hex(&self) -> String {
        format!("{:016x}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::Digest;

    #[test]
    fn matches_the_published_fnv1a_values() {
        assert_eq!(Digest::default().hex(), "cbf29ce484222325");
        assert_eq!(Digest::default().update(b"a").hex(), "af63dc4c8601ec8c");
    }
}
