using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MusicBot.Emulators.Discord.State;

namespace MusicBot.Emulators.Discord.Scripting;

/// <summary>
/// The standalone emulator's console: a person types slash commands, clicks buttons and fills modals as a Discord user
/// would, injects gateway faults, and sees every message the bot sends or edits. Each command waits for the bot's
/// answer before the next line is read, and <c>wait &lt;text&gt;</c> waits for a message, so scripts can be piped in.
/// </summary>
public sealed partial class ConsoleSession(DiscordEmulator emulator, TextReader input, TextWriter output)
{
    private readonly Dictionary<string, int> _printed = new(StringComparer.Ordinal);
    private readonly Lock _printLock = new();
    private EmulatedUser _user = EmulatedUser.Admin("53908232506183680");
    private EmulatedInteraction? _lastModal;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var printer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        var printing = PrintLoopAsync(printer, cancellationToken);
        while (!cancellationToken.IsCancellationRequested && await input.ReadLineAsync(cancellationToken) is { } line)
        {
            try
            {
                await HandleAsync(line.Trim());
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or KeyNotFoundException or FormatException or TimeoutException or HttpRequestException)
            {
                await output.WriteLineAsync($"! {ex.Message}");
            }
        }

        printer.Dispose();
        await printing;
        PrintNew();
    }

    private async Task HandleAsync(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (words.FirstOrDefault())
        {
            case null:
                return;
            case ['/', ..]:
                var options = OptionPattern().Matches(line).Select(m => (m.Groups["name"].Value, (object)(m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Groups["plain"].Value))).ToArray();
                var path = OptionPattern().Replace(line, "").Trim();
                await TrackAsync(await emulator.SlashAsync(_user, path, options));
                return;
            case "click":
                var label = line["click".Length..].Trim();
                var message = emulator.State.MessagesInOrder.LastOrDefault(m => !m.IsDeleted && (m.CustomIds().Contains(label) || LabelOf(m, label) is not null))
                    ?? throw new ArgumentException($"No message has a button '{label}'.");
                await TrackAsync(await emulator.ClickAsync(_user, message, LabelOf(message, label) ?? label));
                return;
            case "modal":
                var opener = _lastModal ?? throw new InvalidOperationException("No modal is open.");
                await output.WriteLineAsync("Type the text; end with a line holding only a dot.");
                var lines = new List<string>();
                while (await input.ReadLineAsync() is { } next && next != ".")
                {
                    lines.Add(next);
                }

                var inputId = (opener.Modal!["components"]![0]!["component"] ?? opener.Modal["components"]![0]!["components"]![0])!["custom_id"]!.GetValue<string>();
                _lastModal = null;
                await TrackAsync(await emulator.SubmitModalAsync(_user, opener, (inputId, string.Join('\n', lines))));
                return;
            case "wait":
                var text = line["wait".Length..].Trim();
                await emulator.WaitUntilAsync(() => emulator.State.MessagesInOrder.Any(m => m.Current.ToJsonString().Contains(text, StringComparison.Ordinal)), $"a message with '{text}'", TimeSpan.FromMinutes(2));
                PrintNew();
                return;
            case "as":
                var admin = words.Contains("admin");
                var roles = words.Skip(2).Where(w => w != "admin").ToArray();
                _user = admin ? EmulatedUser.Admin(words[1], roles) : EmulatedUser.Member(words[1], roles);
                await output.WriteLineAsync($"Acting as {_user.Id}{(admin ? " (Manage Server)" : "")} with roles [{string.Join(", ", roles)}].");
                return;
            case "file":
                var file = emulator.AddUserFile(Path.GetFileName(words[1]), "text/plain", await File.ReadAllBytesAsync(words[1]));
                await output.WriteLineAsync($"Uploaded; use file:{file.Id}");
                return;
            case "fault":
                await FaultAsync(words.Skip(1).ToArray());
                return;
            case "endpoint" when words.Length > 1:
                await emulator.SetInteractionsEndpointAsync(words[1]);
                await output.WriteLineAsync($"Interactions Endpoint URL saved: {words[1]}; interactions now go there over HTTP.");
                return;
            default:
                await output.WriteLineAsync("Commands: /music … | click <button> | modal | wait <text> | as <user id> [admin] [roles…] | file <path> | endpoint <url> | fault reconnect|invalid|invalid-resumable|close <code>|zombie on|off|resume-down on|off|drop|heartbeat");
                return;
        }
    }

    private async Task FaultAsync(string[] words)
    {
        switch (words.FirstOrDefault())
        {
            case "reconnect": await emulator.Gateway.SendReconnectAsync(); break;
            case "invalid": await emulator.Gateway.SendInvalidSessionAsync(resumable: false); break;
            case "invalid-resumable": await emulator.Gateway.SendInvalidSessionAsync(resumable: true); break;
            case "close": await emulator.Gateway.CloseCurrentAsync(int.Parse(words[1], System.Globalization.CultureInfo.InvariantCulture)); break;
            case "zombie": emulator.Gateway.WithholdAcks = words.ElementAtOrDefault(1) != "off"; break;
            case "resume-down": emulator.Gateway.IsResumeUrlDown = words.ElementAtOrDefault(1) != "off"; break;
            case "drop": emulator.Gateway.DropCurrent(); break;
            case "heartbeat": await emulator.Gateway.RequestHeartbeatAsync(); break;
            default: throw new ArgumentException("Unknown fault.");
        }
    }

    /// <summary>Waits for the bot's answer like a person would before typing on, then shows it.</summary>
    private async Task TrackAsync(EmulatedInteraction interaction)
    {
        await emulator.WaitForReplyAsync(interaction);
        _lastModal = interaction.Modal is null ? _lastModal : interaction;
        await output.WriteLineAsync($"(answered with callback type {interaction.ResponseType} after {interaction.AckLatency?.TotalMilliseconds:0} ms)");
        PrintNew();
    }

    private async Task PrintLoopAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        while (await timer.WaitForNextTickAsync(cancellationToken).AsTask().ContinueWith(t => t.IsCompletedSuccessfully && t.Result, TaskScheduler.Default))
        {
            PrintNew();
        }
    }

    private void PrintNew()
    {
        lock (_printLock)
        {
            foreach (var message in emulator.State.MessagesInOrder)
            {
                var versions = message.Versions.Count;
                if (_printed.GetValueOrDefault(message.Id) < versions && !message.IsLoading && !message.IsDeleted)
                {
                    _printed[message.Id] = versions;
                    output.WriteLine(Describe(message, versions > 1));
                }
            }

            if (_lastModal?.Modal is { } modal && _printed.TryAdd($"modal-{_lastModal.Id}", 1))
            {
                output.WriteLine($"[modal] {modal["title"]}: type 'modal' to fill it in.");
            }
        }
    }

    private static string Describe(EmulatedMessage message, bool isEdit)
    {
        var current = message.Current;
        var lines = new List<string> { $"[{(isEdit ? "edited" : message.Origin)}{(message.IsEphemeral ? ", only you" : "")}] {current["content"]}" };
        foreach (var embed in (current["embeds"] as JsonArray ?? []).OfType<JsonObject>())
        {
            lines.Add($"  ┃ {embed["title"]}\n  ┃ {embed["description"]?.ToString().Replace("\n", "\n  ┃ ", StringComparison.Ordinal)}");
            lines.AddRange((embed["fields"] as JsonArray ?? []).Select(f => $"  ┃ {f?["name"]}: {f?["value"]}"));
        }

        lines.AddRange(message.Attachments.Select(a => $"  📎 {a.Filename} ({a.Size / 1024} KB) {a.Url}"));
        var buttons = (current["components"] as JsonArray ?? []).SelectMany(r => r?["components"] as JsonArray ?? []).Select(b => $"[{b?["label"]}]").ToList();
        if (buttons.Count > 0)
        {
            lines.Add($"  {string.Join(' ', buttons)}");
        }

        return string.Join('\n', lines);
    }

    private static string? LabelOf(EmulatedMessage message, string label) =>
        (message.Current["components"] as JsonArray ?? []).SelectMany(r => r?["components"] as JsonArray ?? [])
            .FirstOrDefault(b => string.Equals(b?["label"]?.GetValue<string>(), label, StringComparison.OrdinalIgnoreCase))?["custom_id"]?.GetValue<string>();

    [GeneratedRegex("""(?<name>[a-z_]+):(?:"(?<quoted>[^"]*)"|(?<plain>\S+))""")]
    private static partial Regex OptionPattern();
}
