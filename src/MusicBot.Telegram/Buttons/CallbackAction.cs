namespace MusicBot.Telegram.Buttons;

/// <summary>What a button does. The short codes keep callback data far below its 64-byte limit.</summary>
public enum CallbackAction
{
    Generate,
    Instrumental,
    Models,
    SetModel,
    Back,
    Clear,
    Regenerate,
    Extend,
    Wav,
    Stems,
}
