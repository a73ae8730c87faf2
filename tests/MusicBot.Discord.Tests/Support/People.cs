using MusicBot.Emulators.Discord.State;

namespace MusicBot.Discord.Tests.Support;

/// <summary>The members the tests act as.</summary>
public static class People
{
    public const string DjRole = "785609923542777878";
    public const string ListenerRole = "785609923542777999";

    public static EmulatedUser Ian { get; } = EmulatedUser.Member("167348773423415296");

    public static EmulatedUser Mason { get; } = EmulatedUser.Member("53908232506183680");

    public static EmulatedUser Owner { get; } = EmulatedUser.Admin("80351110224678912");
}
