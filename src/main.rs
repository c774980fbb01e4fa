fn main() -> std::process::ExitCode {
    gatherer::app::main()
}
