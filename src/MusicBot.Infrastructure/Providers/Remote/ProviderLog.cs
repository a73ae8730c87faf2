using Microsoft.Extensions.Logging;
using MusicBot.Core.Generation;

namespace MusicBot.Infrastructure.Providers.Remote;

/// <summary>Log events every provider client writes. Never a key, a callback secret or a prompt.</summary>
public static partial class ProviderLog
{
    [LoggerMessage(EventId = 6101, Level = LogLevel.Warning, Message = "The bot's {Provider} account is out of credits (code {Code}); songs there fail and are refunded until it is topped up")]
    public static partial void OutOfCredits(ILogger logger, string provider, string code);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Warning, Message = "{Provider} refused the bot's API key (code {Code}); check MusicBot:Providers configuration")]
    public static partial void Unauthorized(ILogger logger, string provider, string code);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Warning, Message = "{Provider} refused a submit: code {Code}")]
    public static partial void SubmitRefused(ILogger logger, string provider, string code);

    [LoggerMessage(EventId = 6104, Level = LogLevel.Warning, Message = "{Provider} answered a poll of task {ProviderTaskId} with code {Code}")]
    public static partial void PollRefused(ILogger logger, string provider, string providerTaskId, string code);

    [LoggerMessage(EventId = 6105, Level = LogLevel.Information, Message = "{Provider} task {ProviderTaskId} cost the bot's account {Credits} credits")]
    public static partial void CreditsSpent(ILogger logger, string provider, string providerTaskId, double credits);

    [LoggerMessage(EventId = 6106, Level = LogLevel.Debug, Message = "{Provider} reported an unknown status '{Status}' for task {ProviderTaskId}; treated as still running")]
    public static partial void UnknownStatus(ILogger logger, string provider, string providerTaskId, string status);

    [LoggerMessage(EventId = 6107, Level = LogLevel.Warning, Message = "A {Operation} request was not sent to {Provider}: it lacks a field the endpoint requires")]
    public static partial void NotSent(ILogger logger, string provider, string operation);

    /// <summary>Logs what a refusal means for the admins (empty account, bad key); other refusals at Warning.</summary>
    public static void Refusal(ILogger logger, string provider, Core.Providers.ProviderFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (ProviderFailures.IsOutOfCredits(failure))
        {
            OutOfCredits(logger, provider, failure.Code);
        }
        else if (failure.Code is "401" or "4002")
        {
            Unauthorized(logger, provider, failure.Code);
        }
        else
        {
            SubmitRefused(logger, provider, failure.Code);
        }
    }
}
