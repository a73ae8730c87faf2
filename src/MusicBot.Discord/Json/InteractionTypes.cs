namespace MusicBot.Discord.Json;

/// <summary>Discord's interaction types (reference A3.1), by name.</summary>
public static class InteractionTypes
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int Component = 3;
    public const int Autocomplete = 4;
    public const int ModalSubmit = 5;
}

/// <summary>Discord's button styles, by name.</summary>
public static class ButtonStyles
{
    public const int Primary = 1;
    public const int Secondary = 2;
    public const int Success = 3;
    public const int Danger = 4;
}

/// <summary>Discord's text input styles, by name.</summary>
public static class TextInputStyles
{
    public const int SingleLine = 1;
    public const int Paragraph = 2;
}
