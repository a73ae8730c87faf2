using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace MusicBot.Testing;

/// <summary>
/// Runs the real <c>musicbot</c> binary as a child process with its own data directory, so tests see exactly what a
/// person running it sees: stdin commands in, chat text on stdout, logs on stderr (and both, in arrival order, in
/// <see cref="Output"/>). While the terminal chat runs, only warnings and errors reach stderr and every line goes to
/// the log file under the data directory: <see cref="Logs"/> reads both, <see cref="Written"/> is everything to search
/// for secrets. The binary is the <c>musicbot.dll</c> the test project builds next to it.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _logDirectory;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly StringBuilder _output = new();
    private readonly Lock _gate = new();

    private BotProcess(Process process, string dataDirectory)
    {
        _process = process;
        _logDirectory = Path.Combine(dataDirectory, "logs");
    }

    public string Stdout
    {
        get
        {
            lock (_gate)
            {
                return _stdout.ToString();
            }
        }
    }

    /// <summary>Everything the process wrote, stdout and stderr interleaved as the lines arrived.</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    public string Stderr
    {
        get
        {
            lock (_gate)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>The log file's text (with the files it rolled over to), as far as the bot has written it; empty when it has none.</summary>
    public string Log
    {
        get
        {
            if (!Directory.Exists(_logDirectory))
            {
                return "";
            }

            var text = new StringBuilder();
            foreach (var file in Directory.GetFiles(_logDirectory, "musicbot*.log").Order(StringComparer.Ordinal))
            {
                // The bot holds the file open for writing; share it as the bot does.
                using var reader = new StreamReader(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
                text.Append(reader.ReadToEnd());
            }

            return text.ToString();
        }
    }

    /// <summary>Every log line, wherever it went: stderr, then the log file.</summary>
    public string Logs => Stderr + Log;

    /// <summary>Every byte the process wrote: stdout, stderr and the log file.</summary>
    public string Written => Output + Log;

    public static BotProcess Start(string dataDirectory, IReadOnlyDictionary<string, string>? settings = null, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dataDirectory,
        };
        start.ArgumentList.Add(BinaryPath());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Start(start, dataDirectory, settings);
    }

    /// <summary>
    /// Starts the bot with its stdin set up by a shell redirection (<c>&lt;&amp;-</c> closes it, <c>0&gt;/dev/null</c> opens it
    /// write-only), which a redirected <see cref="Process"/> stdin cannot express. <see cref="SendAsync"/> is not available.
    /// </summary>
    public static BotProcess StartWithStdin(string dataDirectory, string redirection, IReadOnlyDictionary<string, string>? settings = null)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dataDirectory,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"exec dotnet \"$0\" {redirection}");
        start.ArgumentList.Add(BinaryPath());
        return Start(start, dataDirectory, settings);
    }

    private static BotProcess Start(ProcessStartInfo start, string dataDirectory, IReadOnlyDictionary<string, string>? settings)
    {
        start.Environment["MusicBot__DataDirectory"] = dataDirectory;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["MusicBot__Http__Urls"] = "http://127.0.0.1:0";

        // The terminal speaks the system's LANG: the tests read English unless they set a language themselves.
        start.Environment["LANG"] = "C.UTF-8";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var bot = new BotProcess(process, start.Environment["MusicBot__DataDirectory"] ?? dataDirectory);
        process.OutputDataReceived += (_, e) => bot.Append(bot._stdout, e.Data);
        process.ErrorDataReceived += (_, e) => bot.Append(bot._stderr, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    public async Task SendAsync(string text)
    {
        await _process.StandardInput.WriteAsync(text);
        await _process.StandardInput.FlushAsync();
    }

    public void CloseInput() => _process.StandardInput.Close();

    /// <summary>Waits for a normal exit and returns the exit code; fails the test if it takes longer than <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"musicbot did not exit within {timeout}.\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Runs one admin CLI command to its end (stdin closed) and returns the finished process.</summary>
    public static async Task<BotProcess> RunCliAsync(string dataDirectory, IReadOnlyDictionary<string, string>? settings, params string[] arguments)
    {
        var cli = Start(dataDirectory, settings, arguments);
        cli.CloseInput();
        await cli.WaitForExitAsync(TimeSpan.FromSeconds(60));
        return cli;
    }

    public int ExitCode => _process.ExitCode;

    /// <summary>The base address Kestrel bound (the tests use port 0), from the start-up banner's log line.</summary>
    public async Task<Uri> WaitForListeningAsync(TimeSpan timeout)
    {
        await WaitForAsync(() => Logs, "Listening on http://", timeout);
        var logs = Logs;
        var line = logs[logs.IndexOf("Listening on http://", StringComparison.Ordinal)..];
        var url = line["Listening on ".Length..].Split([' ', ',', '\n', '\r', '"'], 2)[0];
        return new Uri(url.TrimEnd('/') + "/");
    }

    public Task WaitForOutputAsync(string text, TimeSpan timeout) => WaitForAsync(() => Stdout, text, timeout);

    public Task WaitForErrorOutputAsync(string text, TimeSpan timeout) => WaitForAsync(() => Stderr, text, timeout);

    public Task WaitForLogAsync(string text, TimeSpan timeout) => WaitForAsync(() => Logs, text, timeout);

    private async Task WaitForAsync(Func<string> stream, string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!stream().Contains(text, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline || _process.HasExited)
            {
                throw new TimeoutException($"'{text}' never appeared.\nstdout:\n{Stdout}\nstderr:\n{Stderr}\nlog file:\n{Log}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>SIGTERM, as <c>systemctl stop</c> and <c>docker stop</c> send it: the host shuts down in order.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        return await WaitForExitAsync(timeout);
    }

    /// <summary>SIGKILL: no shutdown code runs, exactly like a crash or <c>kill -9</c>.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            buffer.AppendLine(line);
            _output.AppendLine(line);
        }
    }

    /// <summary>The host built next to this test assembly (the test project references it).</summary>
    private static string BinaryPath()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "musicbot.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("musicbot.dll was not built next to the tests.", path);
    }
}
