#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Err(e) = tipdata_io::fuzz::check(tipdata_io::fuzz::Target::SdmxCsv, data) {
        panic!("{e}");
    }
});
