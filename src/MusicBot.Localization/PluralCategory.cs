namespace MusicBot.Localization;

/// <summary>CLDR cardinal plural categories; a plural key's variants end in <c>#one</c>, <c>#few</c>, … in the catalog.</summary>
public enum PluralCategory
{
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}
