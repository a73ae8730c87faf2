namespace MusicBot.Core.Songs;

/// <summary>The draft fields a user can set; names double as the words shown in messages.</summary>
public enum DraftField
{
    Provider,
    Model,
    Style,
    Lyrics,
    Title,
    Instrumental,
    NegativeTags,
    VocalGender,
    StyleWeight,
    Weirdness,
    AudioWeight,
    EnhancePrompt,
}
