fn main() -> std::process::ExitCode {
    gatherer::cli::main()
}
