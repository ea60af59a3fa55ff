// The TLS probe against a real TLS server in the test process: OpenSSL with a
// self-signed certificate made on the fly, expiring in 10 days.
#include "net/tls_probe.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <thread>

namespace govmon {
namespace {

class TlsTestServer {
 public:
  explicit TlsTestServer(long valid_days) {
    ctx_ = SSL_CTX_new(TLS_server_method());
    EVP_PKEY* key = EVP_RSA_gen(2048);
    X509* cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert), valid_days * 24 * 3600);
    X509_NAME* name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("gov.test"), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    X509_set_pubkey(cert, key);
    X509_sign(cert, key, EVP_sha256());
    SSL_CTX_use_certificate(ctx_, cert);
    SSL_CTX_use_PrivateKey(ctx_, key);
    X509_free(cert);
    EVP_PKEY_free(key);
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    listen(fd_, 8);
    socklen_t len = sizeof addr;
    getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
    thread_ = std::thread([this] { Serve(); });
  }
  ~TlsTestServer() {
    stop_ = true;
    shutdown(fd_, SHUT_RDWR);
    close(fd_);
    thread_.join();
    SSL_CTX_free(ctx_);
  }
  int port() const { return port_; }

 private:
  void Serve() {
    while (!stop_) {
      int client = accept(fd_, nullptr, nullptr);
      if (client < 0) return;
      SSL* ssl = SSL_new(ctx_);
      SSL_set_fd(ssl, client);
      if (SSL_accept(ssl) == 1) {
        char buf[4096];
        SSL_read(ssl, buf, sizeof buf);
        const char reply[] = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok";
        SSL_write(ssl, reply, sizeof reply - 1);
        SSL_shutdown(ssl);
      }
      SSL_free(ssl);
      close(client);
    }
  }

  SSL_CTX* ctx_ = nullptr;
  int fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

TEST(TlsProbeServerTest, SelfSignedCertificateExpiringSoon) {
  TlsTestServer server(/*valid_days=*/10);
  ProbeOptions options;
  options.timeout = std::chrono::seconds(5);
  options.connect_to_v4 = {"gov.test:443:127.0.0.1:" + std::to_string(server.port()),
                           "gov.test:80:127.0.0.1:" + std::to_string(server.port())};
  HttpsFacts facts = ProbeTls("https://gov.test/", options);
  EXPECT_TRUE(facts.https_available) << facts.error;
  EXPECT_FALSE(facts.certificate_valid);
  EXPECT_NE(facts.verify_error.find("self-signed"), std::string::npos) << facts.verify_error;
  ASSERT_TRUE(facts.not_after.has_value());
  const long days = facts.not_after->DaysSince(Date::Today());
  EXPECT_GE(days, 9);
  EXPECT_LE(days, 11);
  EXPECT_NE(facts.subject.find("gov.test"), std::string::npos) << facts.subject;
  EXPECT_FALSE(facts.http_redirects_to_https);
}

}  // namespace
}  // namespace govmon
