using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace MusicBot.Telegram;

/// <summary>
/// Lists every problem with the Telegram section at once. Messages name keys, never values: the token and the
/// webhook secret are secrets.
/// </summary>
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    private const string Key = TelegramOptions.SectionName;

    /// <summary>The ports Telegram's servers send webhooks to (setWebhook notes, chat-protocols §B2.3).</summary>
    private static readonly int[] WebhookPorts = [443, 80, 88, 8443];

    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsEnabled)
        {
            return ValidateOptionsResult.Success;
        }

        var problems = new List<string>();
        if (!TokenShape().IsMatch(options.BotToken!))
        {
            problems.Add($"{Key}:BotToken does not look like a bot token (up to 16 digits, a colon, then letters, digits, _ or -, as @BotFather gives it).");
        }

        if (!IsHttp(options.ApiBaseUrl))
        {
            problems.Add($"{Key}:ApiBaseUrl must be an absolute http or https address, e.g. https://api.telegram.org.");
        }
        else if (options.ApiBaseUrl.AbsolutePath != "/" || options.ApiBaseUrl.Query.Length > 0 || options.ApiBaseUrl.Fragment.Length > 0)
        {
            problems.Add($"{Key}:ApiBaseUrl must be only a scheme, host and port (e.g. http://127.0.0.1:8081): the Bot API client drops any path, so a server behind a path prefix cannot be reached.");
        }

        if (options.Mode == TelegramMode.Webhook)
        {
            if (options.WebhookUrl is not { } url || !IsHttp(url))
            {
                problems.Add($"{Key}:WebhookUrl must be the bot's public https address when {Key}:Mode is Webhook.");
            }
            else if (!options.IsLocalServer && (url.Scheme != Uri.UriSchemeHttps || !WebhookPorts.Contains(url.Port)))
            {
                problems.Add(
                    $"{Key}:WebhookUrl must be https on port 443, 80, 88 or 8443, the only ones Telegram's servers call (it is {url.Scheme} on port {url.Port}); " +
                    $"put a TLS proxy on one of them in front of MusicBot:Http:Urls, or point {Key}:ApiBaseUrl at a local Bot API server, which takes any.");
            }

            if (options.WebhookSecret is null || !SecretShape().IsMatch(options.WebhookSecret))
            {
                problems.Add($"{Key}:WebhookSecret must be 1-256 characters of A-Z, a-z, 0-9, _ and - when {Key}:Mode is Webhook.");
            }
        }

        Check(problems, options.PollTimeout >= TimeSpan.FromSeconds(1) && options.PollTimeout <= TimeSpan.FromSeconds(50), "PollTimeout", "from 00:00:01 to 00:00:50 (the Bot API caps long polls at 50 s)");
        Check(problems, options.RequestTimeout >= TimeSpan.FromSeconds(1), "RequestTimeout", "at least 00:00:01");
        Check(problems, options.UploadTimeout >= TimeSpan.FromSeconds(1), "UploadTimeout", "at least 00:00:01");
        Check(problems, options.ErrorCooldown >= TimeSpan.Zero, "ErrorCooldown", "zero or more");
        Check(problems, options.AdminCacheDuration >= TimeSpan.Zero, "AdminCacheDuration", "zero or more");
        Check(problems, options.MaxRetryAfterWait >= TimeSpan.Zero, "MaxRetryAfterWait", "zero or more");
        Check(problems, options.ChatMessageInterval >= TimeSpan.Zero, "ChatMessageInterval", "zero or more");
        Check(problems, options.GroupMessagesPerMinute >= 1, "GroupMessagesPerMinute", "at least 1");
        Check(problems, options.GlobalMessagesPerSecond >= 1, "GlobalMessagesPerSecond", "at least 1");
        Check(problems, options.MaxUploadBytes >= 1024, "MaxUploadBytes", "at least 1024");
        Check(problems, options.IsLocalServer || options.MaxUploadBytes <= TelegramOptions.CloudUploadLimit, "MaxUploadBytes", "at most 52428800 (50 MB) with Telegram's own servers; only a local Bot API server takes more");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void Check(List<string> problems, bool isValid, string key, string rule)
    {
        if (!isValid)
        {
            problems.Add($"{Key}:{key} must be {rule}.");
        }
    }

    private static bool IsHttp(Uri uri) => uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    [GeneratedRegex("^[0-9]{1,16}:[A-Za-z0-9_-]{1,200}$")]
    private static partial Regex TokenShape();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
