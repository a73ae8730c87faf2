using System.Diagnostics;
using System.Text;
using MusicBot.Emulators.Telegram;

namespace MusicBot.Telegram.Tests.Support;

/// <summary>
/// The real <c>musicbot</c> binary as a child process, configured only by environment variables (as a person would
/// run it) and pointed at an emulator. Its whole output is kept to search for secrets.
/// </summary>
public sealed class TelegramBotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _gate = new();

    private TelegramBotProcess(Process process)
    {
        _process = process;
    }

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

    public static TelegramBotProcess Start(TelegramEmulator emulator, string dataDirectory, IReadOnlyDictionary<string, string>? settings = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dataDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "musicbot.dll"));
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["MusicBot__DataDirectory"] = dataDirectory;
        start.Environment["MusicBot__Http__Urls"] = "http://127.0.0.1:0";
        start.Environment["MusicBot__Telegram__BotToken"] = emulator.Token;
        start.Environment["MusicBot__Telegram__ApiBaseUrl"] = emulator.BaseUrl;
        start.Environment["MusicBot__Telegram__PollTimeout"] = "00:00:05";
        start.Environment["MusicBot__Telegram__ChatMessageInterval"] = "00:00:00.010";
        start.Environment["MusicBot__Generation__WorkerInterval"] = "00:00:00.050";
        start.Environment["MusicBot__Delivery__PollInterval"] = "00:00:00.050";
        start.Environment["Logging__LogLevel__Default"] = "Debug";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var bot = new TelegramBotProcess(process);
        process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Waits for the process to end by itself and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        _process.WaitForExit();
        return _process.ExitCode;
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

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_gate)
            {
                _output.AppendLine(line);
            }
        }
    }
}
