global using System.Net;
global using Xunit;
global using System.Net.Http.Json;
global using System.Text.Json;
