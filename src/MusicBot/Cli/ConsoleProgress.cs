namespace MusicBot.Cli;

/// <summary>
/// Progress of long operator work on stderr: a line per tenth when the output is a file or a pipe (logs stay
/// readable), an in-place percentage when a person watches a terminal.
/// </summary>
public sealed class ConsoleProgress(TextWriter error, string label, bool isInteractive) : IProgress<double>
{
    private readonly object _gate = new();
    private int _lastTenth = -1;

    public static ConsoleProgress For(TextWriter error, string label) =>
        new(error, label, ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected);

    public void Report(double value)
    {
        var percent = (int)Math.Clamp(Math.Floor(value * 100), 0, 100);
        lock (_gate)
        {
            if (isInteractive)
            {
                error.Write($"\r{label}: {percent,3}%");
                if (percent == 100)
                {
                    error.WriteLine();
                }

                return;
            }

            var tenth = percent / 10;
            if (tenth > _lastTenth)
            {
                _lastTenth = tenth;
                error.WriteLine($"{label}: {percent}%");
            }
        }
    }
}
