using Microsoft.Extensions.Options;
using MusicBot.Core.Configuration;

namespace MusicBot.Infrastructure.Providers.Callbacks;

/// <summary>
/// Callback addresses: <c>{PublicBaseUrl}/callbacks/{provider}/{secret}?ref={task}</c>. The <c>ref</c> names the
/// bot's task, so a callback can be matched even when the submit's answer (the provider's task id) was lost, and
/// for MusicAPI, whose webhook body carries no task id. Without <c>MusicBot:PublicBaseUrl</c> there are none
/// and tasks are followed by polling only.
/// </summary>
public sealed class CallbackUrls(IOptions<MusicBotOptions> options, CallbackSecret secret)
{
    public const string ReferenceParameter = "ref";

    public bool IsEnabled => !string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl);

    public string? For(string provider, string correlationId)
    {
        if (!IsEnabled)
        {
            return null;
        }

        var root = options.Value.PublicBaseUrl!.TrimEnd('/');
        return $"{root}/callbacks/{provider}/{secret.Value}?{ReferenceParameter}={Uri.EscapeDataString(correlationId)}";
    }
}
