namespace MusicBot.Core.Providers;

/// <summary>Names of the music providers, as users type them and as stored in the database.</summary>
public static class ProviderNames
{
    public const string Local = "local";
    public const string SunoApi = "sunoapi";
    public const string MusicApi = "musicapi";
    public const string Topview = "topview";

    public static readonly IReadOnlyList<string> All = [Local, SunoApi, MusicApi, Topview];
}
