namespace MusicBot.Terminal;

/// <summary>
/// The terminal's input and output. The chat service and the delivery worker both write, so output is
/// synchronised; tests swap in their own reader and writer.
/// </summary>
public sealed class TerminalIO(TextReader input, TextWriter output)
{
    private readonly TextWriter _output = TextWriter.Synchronized(output);

    /// <summary>The console; a process started with stdin closed reads no input (see <see cref="StandardInput"/>).</summary>
    public static TerminalIO FromConsole() => new(StandardInput.IsClosed() ? TextReader.Null : Console.In, Console.Out);

    public Task<string?> ReadLineAsync(CancellationToken cancellationToken) => input.ReadLineAsync(cancellationToken).AsTask();

    public void Write(string text)
    {
        _output.WriteLine(text);
        _output.Flush();
    }
}
