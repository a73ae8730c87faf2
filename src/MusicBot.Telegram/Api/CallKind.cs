namespace MusicBot.Telegram.Api;

/// <summary>Which time limit a call gets: long polls wait on the server, uploads move megabytes.</summary>
public enum CallKind
{
    Normal,
    LongPoll,
    Upload,
}
