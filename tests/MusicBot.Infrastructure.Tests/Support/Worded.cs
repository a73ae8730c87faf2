using MusicBot.Core.Failures;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure.Tests.Support;
using MusicBot.Messages;

namespace MusicBot.Infrastructure.Tests.Support;

/// <summary>
/// A provider failure's code as a user reads it in English (the text chat's wording), so the provider tests check the
/// words as well as the code they are made from.
/// </summary>
internal static class Worded
{
    public static Phrases Words { get; } = new(MessageCatalog.English, TextCommandSyntax.Instance);

    extension(ProviderFailure? failure)
    {
        /// <summary>What the user is told about this failure (nothing when there is none).</summary>
        public string UserMessage => failure is null ? "" : Words.Failure(failure.Reason);
    }

    extension(TaskFailure failure)
    {
        public string Text => Words.Failure(failure);
    }
}
