package brief.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatinTest {
  @Test
  void cyrillicNameIsSpelledInAsciiLetters() {
    assertEquals("Sergey Lavrov", Latin.ascii("Сергей Лавров"));
    assertEquals("Nikol P'ashinyan", Latin.ascii("Նիկոլ Փաշինյան"));
  }

  @Test
  void georgianArmenianAndHanNamesGetLatinSpellings() {
    for (String name : new String[] {"ირაკლი კობახიძე", "Նիկոլ Փաշինյան", "王毅"}) {
      String ascii = Latin.ascii(name);
      assertTrue(ascii.chars().allMatch(c -> c < 0x80), name + " -> " + ascii);
      assertTrue(ascii.chars().anyMatch(Character::isLetter), name + " -> " + ascii);
    }
  }

  @Test
  void latinTextIsReturnedAsItIs() {
    String name = "İlham Əliyev";
    assertFalse(Latin.needed(name));
    assertSame(name, Latin.of(name));
  }

  @Test
  void diacriticsAreKeptOutsideAscii() {
    assertEquals("Pëtr", Latin.of("Пётр"));
    assertEquals("Petr", Latin.ascii("Пётр"));
    assertEquals("Ağcabədi", Latin.of("Ağcabədi"));
    assertEquals("Ukraina", Latin.ascii("Україна"));
  }
}
