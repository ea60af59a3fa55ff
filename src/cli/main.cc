#include <cstdio>

int main() {
  std::puts("govmon");
  return 0;
}
