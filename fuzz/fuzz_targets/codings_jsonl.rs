#![no_main]
// libfuzzer-sys aborts in its panic hook, before a reader's own `catch_unwind` (the xlsx
// guard) can answer; the default hook lets that guard work. An uncaught panic still aborts.
libfuzzer_sys::fuzz_target!(init: { let _ = std::panic::take_hook(); }, |data: &[u8]| {
    if let Err(e) = tipdata_io::fuzz::check(tipdata_io::fuzz::Target::Codings, data) {
        panic!("{e}");
    }
});
